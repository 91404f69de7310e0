"""The numbers the rules decide by: every threshold and every confidence, in one table.

A :class:`Profile` is what a newspaper's own settings change (``dataclasses.replace(DEFAULT,
head_deficit=4.0)``); every rule takes :data:`DEFAULT` when given none. Widths are in
character cells (:func:`.chars.width`), and a line is "short" of its column by the cells it
lacks. The figures are the ones the rules were tuned to on the dev pages.

The confidences (:class:`Confidence`) go with the rule records, (label or end, rule name,
confidence): how sure a rule is when it decides, shown to a person as the row's
confidence and used to sort what needs looking at first. They steer no decision.
"""
from dataclasses import MISSING, dataclass, field, fields


def _init_by_name(self, **given):
    """The dataclass's ``__init__`` by keyword (each field given or its default), shared
    by the two tables: the one dataclasses writes is compiled at import, some 40 M
    instructions in every process for these 200 fields, and both tables are only ever
    made by keyword (``Profile()``, ``dataclasses.replace(DEFAULT, ...)``)."""
    for f in fields(self):
        if f.name in given:
            value = given.pop(f.name)
        else:
            value = f.default if f.default is not MISSING else f.default_factory()
        object.__setattr__(self, f.name, value)
    if given:
        raise TypeError(f"{type(self).__name__}() got unexpected keyword arguments: {', '.join(given)}")
    post = getattr(self, "__post_init__", None)
    if post is not None:        # as the generated __init__ would
        post()


# Compared and printed by no one: no generated __eq__, __hash__ or __repr__ (each is code
# compiled at import, for dozens of fields here and over a hundred in Profile).
@dataclass(frozen=True, eq=False, repr=False, init=False)
class Confidence:
    """How sure each rule is when it decides (a value in [0, 1]), named by the rule."""

    __init__ = _init_by_name

    # ---- labels from a line's kind alone (outside a header cluster) ----
    furniture: float = 0.9
    """A running head, page number or editor credit is noise."""
    jump_line: float = 0.95
    """A jump line ("（下转第2版）", "（上接第1版）") is no text: the link to another page."""
    repeated_headline: float = 0.8
    """A short title line right above a jump back is the headline repeated over the part."""
    caption: float = 0.9
    """A line ending in a photo credit is a caption."""
    md_subheading: float = 0.95
    """A deeper Markdown heading or a bold line is a section head."""
    md_headline_alone: float = 0.8
    """A top Markdown heading outside a header cluster is a headline."""
    deck_alone: float = 0.7
    """A line opening with a dash outside a header cluster is a deck."""
    byline_alone: float = 0.6
    """A line of names outside a header cluster is a byline."""
    body: float = 0.9
    """A body-shaped line is a paragraph line."""
    title_shaped_body: float = 0.6
    """A title-shaped line that no rule made a head is a paragraph line."""

    # ---- labels inside a header cluster ----
    cluster_deck: float = 0.95
    """A dash line in a header cluster is its deck."""
    deck_tail: float = 0.8
    """A short line right under a dash line in a header cluster is the deck's tail."""
    cluster_byline: float = 0.9
    """A line of names in a header cluster is its byline."""
    series_tag: float = 0.85
    """A kicker-shaped first line before more title lines is a series tag."""
    md_headline: float = 0.95
    """A top Markdown heading in a header cluster is its headline."""
    md_line_after_headline: float = 0.8
    """On a Markdown page, a plain line after the headline is the deck."""
    md_line_before_headline: float = 0.8
    """On a Markdown page, a plain first line right before the headline is a kicker."""
    short_kicker: float = 0.7
    """A narrow first title line over a much wider one is a kicker."""
    kicker_set_apart: float = 0.6
    """A narrow title line set apart as a text group of its own, the next line not
    furniture a headline's, is that header's kicker (:mod:`.lone_kickers`)."""
    title_in_cluster: float = 0.85
    """A title-shaped line in a header cluster is a headline line."""
    second_line_deck: float = 0.7
    """The last headline line, much wider than the one before, is the deck."""

    # ---- section heads ----
    md_short_unpunctuated: float = 0.8
    """On a Markdown page, a short line that is no piece of a paragraph is a head."""
    numbered_or_run_in: float = 0.9
    """A bare section number, or a line ending in a dash, is a head."""
    unindented_before_indent: float = 0.85
    """On an indenting page, an unindented line before an indented one is a head."""
    width_off_column: float = 0.8
    """A title-shaped line much shorter or wider than its column is a head."""
    next_is_first_line: float = 0.7
    """A title-shaped line followed by a paragraph's first line is a head."""
    next_starts_frame: float = 0.6
    """A title-shaped line followed by a new text frame is a head."""
    head_shape: float = 0.6
    """A run-in head's shape ("四字，短语"), short, before a line that is no middle line."""
    short_on_flush_page: float = 0.6
    """A short title-shaped line after an end, where first lines are printed full."""
    head_tail: float = 0.7
    """A line of a few glyphs right after a section head is its wrapped tail."""
    head_as_headline: float = 0.6
    """A section head over a deck or byline, or (drawing order) right after a header or a
    paragraph closed by a credit, is a headline (:mod:`.head_headlines`)."""

    # ---- paragraph ends ----
    open_end: float = 0.9
    """A paragraph line without a final mark goes on."""
    block: float = 1.0
    """A line of a block other than a paragraph: its own rules end it."""
    page_end: float = 0.9
    """The last text line of the page ends its paragraph."""
    before_block: float = 0.85
    """A paragraph line before a line of another block ends its paragraph."""
    open_before_block: float = 0.6
    """A paragraph line ending no sentence before a header goes on past it."""
    credit: float = 0.9
    """A line ending in a bracketed credit of names ends its paragraph."""
    next_starts_closed: float = 0.95
    """A line before one that may not start a line goes on."""
    next_is_credit: float = 0.9
    """A line before a credit of names alone on the next line goes on into it."""
    next_new_frame: float = 0.8
    """A line before a new text frame ends its paragraph."""
    md_line: float = 0.9
    """On a Markdown page, a line ending a sentence ends its paragraph."""
    md_stray_break: float = 0.8
    """On a Markdown page, a line ending no sentence was cut by a stray break."""
    letter_spaced: float = 0.95
    """A letter-spaced line is justified: a full line that goes on."""
    next_indent: float = 0.9
    """On an indenting page, a sentence's end ends the paragraph when the next line is indented."""
    final_punct: float = 0.6
    """A sentence's end with no column estimate to measure it against."""
    full_first_line: float = 0.6
    """A paragraph's full first line ending a sentence, before no first line, goes on."""
    short_final_sure: float = 0.99
    """A sentence's end :attr:`Profile.short_final_sure` cells short of the column."""
    short_final_likely: float = 0.9
    """A sentence's end :attr:`Profile.short_final_likely` cells short of the column."""
    short_final: float = 0.8
    """A sentence's end :attr:`Profile.short_final` cells short of the column."""
    short_final_weak: float = 0.55
    """A sentence's end :attr:`Profile.short_final_weak` cells short of the column."""
    next_indent_deficit: float = 0.65
    """A full line ending a sentence before a paragraph's first line (its indent lost)."""
    next_indent_deficit_squeezed: float = 0.6
    """The same, the first line's last mark squeezed in past the column."""
    full_final_flush_starts: float = 0.55
    """A full line ending a sentence, on a page that prints first lines full."""
    full_line: float = 0.6
    """A full line ending a sentence, before a full line: the paragraph goes on."""
    group_goes_on: float = 0.7
    """A full line ending a sentence before the last line of its text group, on a page
    whose blank lines part paragraphs: the paragraph goes on."""
    short_final_cell: float = 0.55
    """A sentence's end a cell short of the column with nothing to have moved down: the
    paragraph ends."""

    # ---- articles ----
    article_default: float = 0.5
    """A body segment no header was attached to by content, and the page's own lines."""
    header_content_base: float = 0.4
    """A segment attached to a header: this plus half the attachment score ..."""
    header_content_max: float = 0.95
    """... and at most this."""
    content_cut: float = 0.6
    """At most this for the two parts of a segment cut between two headers' words."""
    two_stories_cut: float = 0.5
    """At most this for the two parts of a segment cut as a run of two stories."""
    attached_header: float = 0.6
    """A header block is in the article of the segment attached to it."""
    lone_header: float = 0.4
    """A header block attached to no segment is an article of its own."""
    inside_article: float = 0.8
    """A caption with one article's text on both sides is in that article."""
    aside_furniture: float = 0.9
    """Noise goes with the text before it (or after it)."""
    caption_content: float = 0.6
    """A caption away from its text goes with the nearby article holding its words."""
    column_flow: float = 0.6
    """A text group opening mid-paragraph goes with the one open line it fits elsewhere."""
    goes_on_before: float = 0.6
    """An open column foot before a paragraph's first line, whose paragraph went on in a
    piece printed before it: it ends its paragraph's piece."""
    piece_link: float = 0.6
    """An open column foot linked to the piece its paragraph goes on in, printed before it
    (the one opening near it whose join reads as a pair): the foot is no end, the line
    before the piece ends (:mod:`.piece_links`)."""
    read_across: float = 0.4
    """A header left without a body goes with an article after it holding no headline
    (two stories' headers read across: each story's groups with one of the next two); two
    headers read across that took a body give one story's groups to the header unit under
    them."""
    header_stack: float = 0.5
    """Header units printed one right over the next, the lowest paired with the body under
    it, go with that body (a column reader's two headers set side by side)."""
    byline_set_apart: float = 0.5
    """On a page read in order, the one article headed by a byline alone goes with the one
    article whose headline has no byline (pdfminer and pdftotext print a byline set under
    a headline across columns apart from it; chosen by the page's count, not by words):
    where blank lines part paragraphs (pdfminer) the byline's article joins the
    headline's, elsewhere (pdftotext) the headline's header lines go to the byline's."""
    headline_to_deck: float = 0.5
    """On a pdftotext page, a headline group goes to the article of the one deck (set
    with a dash) naming the same place, where that article holds no headline and no other
    deck or headline group of the page names the place."""

    # ---- a person's decisions ----
    person: float = 1.0
    """A decision a person confirmed."""


# (no generated __eq__, __hash__ or __repr__, as for Confidence)
@dataclass(frozen=True, eq=False, repr=False, init=False)
class Profile:
    """Every threshold of the rules, in the order the pass uses them."""

    __init__ = _init_by_name

    # ---- the page (:mod:`.page`) ----
    spaced_min_lines: int = 4
    """A page needs more non-blank lines than this to count as spaced."""
    spaced_share: float = 0.6
    """A page is spaced (a blank line after most lines, so blank lines tell nothing about
    blocks) when at least this share of the gaps between its lines hold a blank line."""
    md_body_width: float = 34
    """A page whose median line is wider than this is a Markdown-like extraction: one line
    per paragraph, not hard-wrapped column text."""
    indent_min_lines: int = 3
    """A page indents its paragraphs (a full-width or double space at a line's start) when
    at least this many lines are so indented ..."""
    indent_share: float = 0.08
    """... and at least this share of its lines."""
    frame_max_lines: int = 2
    """A single leading space marks a new text frame only where rare: on at most this many
    lines ..."""
    frame_share: float = 0.03
    """... or this share of the page's lines, whichever allows more."""

    # ---- column widths (:mod:`.columns`) ----
    column_radius: int = 6
    """Body lines on each side of a line whose widths estimate its column's width."""
    column_quantile: float = 0.6
    """The quantile of a window's widths taken as its column width: above the median,
    as first and last lines are short, below the top, as a squeezed line runs long."""
    column_sides_agree: float = 2
    """The estimates before and after a line closer than this are one column (the wider
    is taken); otherwise the column changes there, and the side that fits the line is used."""
    column_edge_lines: int = 3
    """The first and last lines of a run, where one side's window is too short to tell a
    change: where the sides disagree, they take the window centred on them."""
    column_min_window: int = 3
    """Fewest middle lines on each side of a line for a change of column to be measured."""
    middle_lines: int = 3
    """Lines after a paragraph's first line whose median width is its own column width."""
    column_middle_min: int = 3
    """Fewest middle lines (neither first nor last of a paragraph) a run between two header
    blocks needs for paragraph ends to measure its column on them alone
    (:func:`.starts.middle_column_widths`)."""

    # ---- line kinds (:mod:`.kinds`) ----
    furniture_max_chars: int = 40
    """Longer lines are never page furniture (a running head, a page number, a credit)."""
    byline_max_chars: int = 40
    """Longer lines are never bylines."""
    kicker_max_chars: int = 24
    """Longer lines are never kickers (series tags)."""
    repeated_headline_cells: float = 24
    """A wider line above a jump back ("（上接第1版）") is text, not the headline repeated there."""
    title_min_chars: int = 8
    """A line this long is title-shaped when it neither starts closed nor ends a sentence;
    a shorter one must also look like a title by :func:`.lines.title_like`."""
    md_headline_level: int = 2
    """Markdown headings of this level or higher (``#``, ``##``) are headlines; deeper ones
    and bold lines are section heads."""
    head_piece_max_width: float = 8
    """Cells: a running head's piece printed alone (a paper's name, a weekday, a section
    name) is no wider (:mod:`.running_head`)."""
    tracked_max_lines: int = 4
    """A run of letter-spaced lines this long at most may be a tracked title
    (:mod:`.tracked`); justified body text runs on longer."""
    tracked_tail_width: float = 3
    """Cells: a line this narrow in or after a tracked title's run of spaced lines is one
    of its pieces ("力", "破 零 ”"): too short to be spaced."""
    deck_tail_width: float = 7
    """Cells: a line this narrow at most right under a deck may be its wrapped tail
    (:func:`.lone_names.deck_tails`)."""
    caption_max_lines: int = 3
    """A photo caption a column wrapped holds at most this many lines, its credit's line
    with them (:mod:`.caption_lines`)."""
    caption_line_short: float = 3
    """Cells: a line over a caption's line and narrower than it by more than this is no
    wrapped line of the caption (a column fills every line of a caption but its last; an
    indented first line is a cell or two short), but what stands over it: a headline
    drawn right before its caption (:mod:`.caption_lines`)."""
    top_lines: int = 4
    """A page's section name ("综合新闻") is printed among this many first lines."""
    last_lines: int = 4
    """A running head drawn last (drawing order) is among this many last lines of the page."""
    short_clause: int = 2
    """Characters: a clause this short (or shorter) just begun at a line's end, after more
    than twice as many, makes the line running text, not a head ("……福祉，此类"; a head's
    phrases are four characters and up in every gold head)."""

    # ---- header clusters (:mod:`.headers`) ----
    header_max_lines: int = 40
    """No header block is longer: the cap also keeps a page of a million short title-like
    lines linear (a run cut short would otherwise be rescanned from every line)."""
    header_short: float = 4
    """Cells a title line lacks, against the page's median line or the column of the text
    after it, to be short: a headline's line is, a paragraph's first line is not."""
    short_run_lines: tuple = (2, 3)
    """Without blank lines to tell, a run of this many short unpunctuated lines (fewest,
    most) is a headline."""
    header_after_lines: int = 4
    """Lines of the text after a short run whose median width is the column it must be
    short for."""
    byline_near_header: int = 3
    """A block of bylines alone is a header only within this many lines after a title
    line (or when it opens with a role word: "本报记者")."""
    group_blank_share: float = 0.3
    """A page whose lines ending a sentence are followed by a blank line at most this
    often prints blank lines between text groups, not paragraphs (``pdftotext``) ..."""
    title_group_blank_share: float = 0.49
    """... and for the title groups of :func:`.title_groups.title_groups` alone, at most
    this often: every page made by pdftotext prints a blank line after at most 0.45 of
    its lines ending a sentence (0.07-0.45 on the made PDF pages, pdfminer 0.61 or more),
    so a headline set apart there is one on any of them; the rules that pair headers and
    bodies keep ``group_blank_share``, measured worse with this share (docs/pdf-extractors.md,
    part 36)."""
    paragraph_blank_share: float = 0.5
    """A page whose lines ending a sentence are followed by a blank line at least this
    often prints one between paragraphs (pdfminer: after 0.6 or more of them on each made
    PDF page, ``pdftotext`` after less than half), so two lines with none between them
    were set as one text group (:func:`.ends.group_goes_on`)."""
    title_group_lines: int = 2
    """... and there a group of this many title lines at most, set apart by blank lines, is
    a headline (:mod:`.title_groups`)."""
    header_max_titles: int = 3
    """A block holding more title-shaped lines than this is running text."""
    kicker_max_width: float = 9
    """Cells: a cluster's first headline line this narrow at most ..."""
    kicker_min_width: float = 4
    """Cells: a title line set apart this wide at least may be a kicker (a narrower one is
    a name or a word a column cut; :mod:`.lone_kickers`)."""
    kicker_narrower: float = 4
    """... and this many cells narrower than the headline line after it is a kicker (a
    headline's lines are balanced phrases, or a full line and its tail)."""
    kicker_phrase_balance: float = 1
    """Cells: two headline lines under a narrow plain line that differ by at most this are
    a headline of two phrases, and the line above them, no wider than they are by more
    than this, is a kicker (a headline wrapped in a column ends on a narrower tail)."""
    kicker_pair_equal: float = 0.5
    """Cells: two headline lines of one width (within this) under a plain narrow line are
    a headline set a phrase a line, and the line above them is a kicker, however wide (a
    headline wrapped with it would fill its second line)."""
    deck_width_diff: float = 3
    """Without a dash, the last of two or more headline lines is the deck when it is wider
    than the line before by more than this (a two-line headline is a pair of short phrases
    of one size, or a full line and the tail a narrow column wrapped; an OCR-doubled tail
    makes a line a few cells longer) ..."""
    deck_min_width: float = 13
    """... or when it is wider than this."""
    headline_row_step: float = 3
    """Cells: a title row this much wider than a full-width row above it, or under a row
    this much narrower than the one above that, starts another story's headline (a
    headline wraps only where its row is full; :mod:`.headline_rows`)."""

    # ---- section heads (:mod:`.heads`) ----
    last_line_least: float = 3
    """Cells: a paragraph's last line this narrow at most, ending its sentence, may hold
    glyphs the typesetter moved down so as not to end the paragraph on one or two; the
    line above it is then short by them, and no paragraph's first line for that
    (:func:`.heads._before_a_kept_last_line`)."""
    md_head_max_width: float = 30
    """On a Markdown page a head is at most this wide; a stray break leaves longer pieces."""
    md_clause_piece_width: float = 16
    """On a Markdown page, a line wider than this with a comma inside is a paragraph's
    piece, not a head."""
    head_deficit: float = 3.5
    """A title-shaped line after a paragraph's end, this many cells short of its column, is
    a head: a first line lacks its lost indent (2) and a squeezed mark (1) at most."""
    head_overwide: float = 2
    """A title-shaped line this many cells wider than its column is off-column: a head ..."""
    wider_column_indent: float = 1
    """... but for one under which the next line goes on this many cells wider still: a
    paragraph's first line in a wider column (:mod:`.wider_columns`)."""
    wrapped_head_tail_width: float = 6
    """Cells: a line this narrow at most, holding no mark, under a line phrased as a head
    after a paragraph's end, is that head's tail ("抓实产业，鼓起群众" / "“钱袋子”"); the
    first line alone was no head by its width (:mod:`.wrapped_heads`)."""
    head_tail_width: float = 4
    """Cells: a line this narrow at most, holding no mark, right after a section head is
    the head's tail, wrapped by a narrow column ("久久为功，擦亮生态" / "名片")."""
    group_head_deficit: float = 2.0
    """Cells short of its column a title-shaped line opening a text group after a line
    that does not close must be to be a head (a paragraph's first line after it): an
    extractor printing a column's groups out of order puts other text before a head, but a
    paragraph going on into the group is as wide as its column there."""
    head_on_flush_page: float = 2.0
    """Cells short of the column that make a title-shaped line a head on a page that prints
    a paragraph's first line full."""
    first_line_deficit: float = 1.25
    """A line this many cells short of its column has lost its indent: a paragraph's
    first line."""
    ls_first_line_deficit: float = 2.0
    """The same for a letter-spaced line, whose spread measures less exactly."""
    first_line_max_deficit: float = 5
    """A line more than this many cells short of its column is no paragraph's first line
    after a head (it is a last line, or a head again)."""
    squeezed_first_line: float = 2.0
    """Cells a line ending in a squeezable mark is short of its column, the mark left
    out, to be a first line that lost its indent (2) with the mark squeezed past the column."""
    run_in_head_deficit: float = 1
    """A line of a run-in head's shape is a head when at least this short of its column ..."""
    run_in_head_next_deficit: float = 1.75
    """... and the line after it is at least this short (so it is no middle line) ..."""
    run_in_head_next_final_deficit: float = 0.5
    """... or ends a sentence at least this short: one ending a sentence flush with the
    column is the last line of the paragraph the line of a head's shape starts
    ("逢节假日，党员干部" / "返乡撰写《民情日记》。"; made PDF pages), while a first line
    that lost its indent ends one a cell short at least (a dev page's
    "强基固本，激活基层“内生力”" / "“优质服务基层行”成果明显。")."""

    # ---- paragraph starts and ends (:mod:`.starts`, :mod:`.ends`) ----
    clear_end_deficit: float = 3
    """A sentence's end this many cells short of its column clearly ends its paragraph: the
    page's first lines are sampled after such lines."""
    flush_min_samples: int = 5
    """Clearly ended paragraphs a page needs for its first lines to be judged ..."""
    flush_max_short_share: float = 0.15
    """... and the most of the first lines after them that may be short, for the page to
    print first lines full."""
    first_line_short: float = 4.0
    """Cells a paragraph's first line may lack and still be a full one (indent, squeezing)."""
    short_final_sure: float = 6
    """A sentence's end this many cells short of its column surely ends its paragraph."""
    short_final_likely: float = 3
    """... this many likely does."""
    short_final: float = 2
    """... this many does."""
    short_final_weak: float = 1.5
    """... this many does, when the next line is not a first line."""
    short_final_cell: float = 0.75
    """... and this many does on a line of full-width glyphs when the next line opens
    with a glyph that would have fitted (:func:`.ends.short_for_no_reason`)."""
    group_full: float = 1.0
    """A sentence's end less than this many cells short goes on the short line under it
    that ends its text group, where blank lines part paragraphs
    (:func:`.ends.group_goes_on`); a line a cell or more short may be a paragraph's end
    all the same (pdfminer groups an opening quote's line with it)."""

    # ---- articles (:mod:`.segments`, :mod:`.attach`, :mod:`.captions`) ----
    segment_column_change: float = 2
    """A change of the column width this many cells wide cuts a body segment."""
    min_segment: int = 8
    """Lines a segment cut by a column change alone must have; a shorter one rejoins the
    segment before."""
    measure_lines: int = 6
    """Full lines on each side of a paragraph's start whose widest is the measure there
    (:mod:`.measure`) ..."""
    measure_step: float = 1
    """... and a step of the measure this many cells wide cuts a body segment on a page
    without blank lines (drawing order), as a column change does: another story set to
    another width may start there."""
    measure_held_share: float = 0.82
    """A page is cut at steps of the measure only where at least this share of the runs of
    ``measure_lines`` full lines beside its paragraph starts have a measure
    (:func:`.measure.holds_measure`): a typeset page (a PDF extractor's) has one in nearly
    all (0.98 by the median page, 0.88 at the twentieth), a page of unevenly wrapped lines
    (an OCR'd one, a made issue's) in about 0.6 (0.8 at the tenth from the top), where
    its steps fall inside stories."""
    header_grams: int = 30
    """A header's bigrams (in sorted order) used to attach it to a segment."""
    attach_before: int = 8
    """Segments before a header it may attach to (a header printed after its body) ..."""
    attach_after: int = 2
    """... and after it (printed before its body)."""
    adjacent_bonus: float = 0.5
    """Score for a segment right next to a header, no other cluster between ..."""
    near_bonus: float = 0.2
    """... and for one with one cluster between."""
    pair_bonus: float = 1.0
    """Added for each header paired with a segment right next to it, so that as many
    headers as can be are paired before the scores weigh (:func:`.attach.adjacent_matching`)."""
    shared_run_penalty: float = 0.5
    """Taken off a pairing where two headers would share the run of body between them,
    one taking its first segment and the other its last, with only a column change or a
    content cut between (:func:`.attach.shared_run_penalties`)."""
    header_first_bonus: float = 0.5
    """Added to a header's pairing with the segment after it on a page read in reading
    order (text groups with blank lines between: :func:`.attach.reads_in_order`), where a
    header comes before its body four times as often as after it."""
    same_side_bonus: float = 0.5
    """Added to the pairing of a header printed right after a jump line on with the segment
    on the side of it (before or after) that the header paired before it took: both layouts
    print a header there, and a page prints its headers on one side of their bodies
    (:func:`.attach.adjacent_matching`)."""
    pair_margin: float = 0.2
    """... unless a segment further away scores this much more there, where the words weigh
    twice the share of all the header's bigrams a segment holds (0.2: a tenth of them)."""
    attach_min_score: float = 0.5
    """Least score for attaching a header to a segment away from it: the segment must
    share the header's words ..."""
    attach_min_score_near: float = 0.15
    """... and to a segment next to it."""
    content_cut_min_hits: int = 3
    """A header left without a segment takes part of one by content only when that part
    holds at least this many of its headline's and deck's bigrams (counted once per
    paragraph): a story's text names what its headline names (a place, a topic); where
    the words say nothing the cut is a guess (on made PDF pages, whose headlines are drawn
    apart from their bodies, such cuts were wrong 35 times in 36)."""
    cut_change_max: float = 2.0
    """At most this is added to a cut's score for a column change there (half the change)."""
    cut_prior_bonus: float = 1.0
    """Added to a cut between two headers' segments where a segment already ended."""
    drawn_cut_words: float = 20
    """On a page drawn in order, the body between two headed segments of one run moves
    from where they meet (a column change) only where the two headers' words tell the
    bodies apart better by this many bigram hits (net, counted once per paragraph): each
    header is drawn right by its body there, so the place the pairing gave already stands
    between the two bodies. On made PDF pages the moves by words were 0–12 hits better and
    none of the 8 was right; a real page's turn (a dev page in a made issue) is 60."""
    two_stories_min_lines: int = 16
    """On a page given in drawing order, a segment alone between two headers may hold two
    stories, one drawn header first and the next body first (:mod:`.two_stories`), when it
    has at least this many lines (two stories' bodies of a few lines each) ..."""
    two_stories_cost: float = 0.9
    """... and the pairing lets both headers take it at this cost: under ``pair_bonus``
    plus a neighbour's bonus, so a header left over takes a share rather than none. (A
    cost falling with the segment's length, a run of two being about twice as long as one,
    chose the wrong run more often on made PDF pages: 315 fixes on `-raw` at best 290,
    against 286 with one cost for all.) ..."""
    two_stories_at: float = 0.5
    """... and cuts it at the paragraph start nearest this share of its lines, where no
    caption printed between two paragraphs says where (the texts say nothing of where a
    story starts on the pages it was measured on)."""
    narrow_story_at: float = 0.2
    """... or at this share where only the first story's header wrapped for want of room
    (a deck over two lines, a headline over three, :mod:`.header_spans`): that story is
    set in fewer columns than the other, so it holds fewer of the run's lines (1 minus
    this where only the second's did). On made PDF pages (`-raw`, seeds 1–4 and 301–306)
    the story under such a header held 0.06–0.31 of the run's lines in 11 of 14 such runs
    of one width, 0.39–0.5 in the other three (0.1 gave the same fixes there, 0.3 one more)."""
    two_stories_longest_share: float = 1.0
    """On a page given in drawing order, where a chain of headers and runs
    (:mod:`.run_chains`) holds several runs that may hold two stories, a run shorter than
    this share of the longest of them is not shared: a run of two stories is about twice
    as long as one. Relative to the chain only, so it chooses
    which run is shared, never whether one is (unlike the cost falling with length above).
    On made PDF pages (`-raw`, seeds 1–4 and 1501–1503) 1.0 gave 6 pages better and none
    worse; 0.8 five, 0.6 three."""
    width_cut_step: float = 1
    """On a page drawn in order, where two segments of different articles meet in one run
    and their columns differ by this many cells or more, the place they meet moves to
    the paragraph start that fits each side's lines to its own column best
    (:mod:`.width_cuts`) ..."""
    width_cut_lines: int = 8
    """... each side's column the most common width of this many full middle lines read
    from its far end ..."""
    width_cut_least: int = 3
    """... and no fewer; its indent the most common gap of the full first lines over
    them, where this share of them or more have it ..."""
    width_cut_indent_share: float = 0.6
    """... (else none: a first line is then judged as any other) ..."""
    width_cut_short_fit: tuple = (0.0, -2.0, -3.5)
    """... a full middle line scoring these (log-likelihoods) at its column's width and
    one and two cells short (a glyph or two gone down with a closing mark) ..."""
    width_cut_misfit: float = -6.0
    """... and this where it is shorter still, or any line wider than the column by more
    than half a cell."""
    width_step_gain: float = 6.0
    """A run of two stories (:mod:`.two_stories`) on a page drawn in order, with no caption
    printed inside it, is cut where two columns, one read each side of a paragraph start,
    fit its lines better than the column read from its start alone by more than this (a
    misfit line's worth, ``width_cut_misfit``; on made PDF pages, `-raw`, 4.5–10 gave the
    same fixes, 3 three more on seeds 1–4, 12 two more on seeds 1201–1203; a gain of
    exactly this moved the cut of 2 runs on seeds 2701–2716, both for the worse, 4 fixes
    in all; seeds 1–4 and 6061–8083 have no such run)
    rather than at its middle (:mod:`.width_steps`) ..."""
    width_step_least: int = 1
    """... each side's column read from the start outwards over this many full middle
    lines at least (a story of three lines at a run's end holds one; 2 lost two cuts on
    seeds 1201–1203) ..."""
    width_step_bonus: float = 0.5
    """... and the pairing lets both headers share such a run at ``two_stories_cost`` less
    this: the step says the run holds two stories (0.3–0.7 gave the same fixes on made
    PDF pages; 0 four more on seeds 1201–1203, 0.9 two more on seeds 1–4)."""
    alone_lines: int = 20
    """A headless stretch this long, in a new column, may be an article of its own ..."""
    alone_change: float = 3
    """... where the column width changes by this many cells ..."""
    alone_affinity: float = 0.1
    """... and it holds less than this share of the headline's bigrams ..."""
    alone_evidence: float = 2.0
    """... where the header's own segment holds them at a higher rate per character by at
    least this log-likelihood ratio (:func:`.rates.words_tell`; lower than
    ``headless_evidence``: the column change is evidence too). A short headline repeated
    over a part holds too few of its words to tell by."""
    part_cut_evidence: float = 2.0
    """A header printed after a part that goes on from another page takes the paragraphs
    of the part from where its words begin only when they hold those words at a higher
    rate than the paragraphs before by at least this log-likelihood ratio
    (:func:`.attach.words_begin`; as ``alone_evidence``): else the part stays whole."""
    repeated_alone_hits: int = 2
    """Under a headline repeated over a jump line back, a stretch of the part's run stands
    alone by those words only when the part's own segment holds them at least this many
    times: the few words of a short headline found once in a few lines may be chance
    (a stretch cut off wrongly stays cut: the join does not put it back)."""
    headless_chars: int = 250
    """A stretch at the far end of a header's run from the header, holding its words at a
    clearly lower rate than the rest (:mod:`.headless`), is an article printed without a
    headline when it has this many characters (about ten lines of a column) ..."""
    headless_body_chars: int = 250
    """... and the rest, the header's body, this many (a last paragraph dense with the
    headline's words is no body to measure the rate by) ..."""
    headless_rate: float = 0.3
    """... when its rate (the header's bigrams its paragraphs hold, per character) is at
    most this share of the body's (within the articles at hand no stretch falls under 0.44
    of the rest of its article; other articles beside a header's body mostly under 0.2) ..."""
    headless_rate_at_change: float = 0.5
    """... or this share where the column width changes there by ``alone_change`` cells
    (the change is evidence too; an article on the same topic beside a header's body holds
    the header's words at a lower rate than the body, but not that low) ..."""
    headless_opening_share: float = 0.5
    """... and a run is weighed so only when its opening at the far end from the header
    (``headless_chars``) holds at most this share of the header's bigrams that the text
    next to the header (``headless_body_chars``) holds: two short samples, so looser than
    the rates (:func:`.headless.opens_quiet`; it spares counting the paragraphs of the
    runs that are one article) ..."""
    headless_evidence: float = 6.0
    """... and the two rates explain the counts better than one by this log-likelihood
    ratio (a few bigrams found or missed by chance do not cut)."""
    part_goes_on_share: float = 0.7
    """An article printed without a headline right after a part that goes on from another
    page (nothing but a paragraph end, maybe a column change, between them) is the part's
    text going on, and joins it, when it holds the words of the article's other part at
    this share or more of the part's own rate (:func:`app.part_ends.free_quiet_ends`; another
    article on the same topic held them at about 0.5 on the made issues, the same article
    at 1 or more; the part itself is at least ``part_words`` of them and the stretch
    ``headless_chars`` long)."""
    part_words: int = 20
    """A part of an article that goes on on another page is cut by the words of its other
    part (:func:`app.part_ends.free_quiet_ends`) only when that part holds at least this many
    bigrams no other article of the pages holds (fewer: a rate cannot be told apart from
    chance); the cut itself asks what a headless stretch beside a header's body does
    (``headless_*``)."""
    caption_before: int = 8
    """Articles starting before a caption that it may belong to ..."""
    caption_after: int = 2
    """... and after it."""
    caption_header_grams: int = 1
    """A caption printed away from its text goes to the nearby article whose headline and
    deck alone hold the most of its bigrams, this many at least and more than any other's
    (:func:`app.rules.captions.caption_by_header`); else to the one whose whole text does."""

    # ---- a paragraph going on after other stories' lines (:mod:`.column_flow`) ----
    flow_min_lines: int = 2
    """A text group of at least this many paragraph lines, opening mid-paragraph after a
    line that ends a sentence, is looked for the open line it goes on ..."""
    flow_full: float = 1.5
    """... its first line within this many cells of its column (it fills the column: a
    paragraph's first line is short by a two-cell indent, a middle line at most by a
    glyph gone down with a closing mark or by half-width figures), as the open line it
    goes on is of its own ..."""
    flow_measure: float = 0.5
    """... whose column is within this many cells of the group's (one measure), and whose
    last glyph with the group's first reads as a pair the page uses elsewhere."""
    first_line_indent: float = 2
    """A paragraph's first line is short of its column by this indent, in cells: a line
    alone in its group so short of the next group's column (within ``flow_measure``), that
    group opening full, is that paragraph's first line (:mod:`.first_lines_alone`)."""
    flow_reach: int = 400
    """The open lines a group may go on, and the text its join's pair is looked up in, lie
    within this many lines of it (a newspaper page's lines: on a file holding many pages,
    a join never reaches into another page, and a lookup costs what it costs on one)."""

    # ---- a story's paragraphs set to another measure (:mod:`.measure_steps`) ----
    step_min_lines: int = 4
    """A text group of paragraph lines shows its column's measure (the widest of its
    lines but the first and the last) where it holds this many lines at least ..."""
    story_measure_step: float = 2.0
    """... and two such groups of one article, no header between, set this many cells
    apart or more are two stories' (one story's groups differ by a cell at most)."""
    lone_header_body_lines: int = 1
    """A header holding a headline and this many body lines at most has no body of its own
    (a header line read as a paragraph line; :mod:`.step_parts`: with two, a header is
    another story's as often as not)."""

    conf: Confidence = field(default_factory=Confidence)
    """The confidence of each rule's decisions."""


DEFAULT = Profile()
