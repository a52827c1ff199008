/// The CSS that the MathML from ``TeXRenderer`` relies on.
///
/// MathML Core has no `columnalign` or `menclose`, so table alignment, rules
/// and boxes are done with these classes. Include the stylesheet once per page.
public enum TeXStyles {
  /// Font stack, matrix and array alignment, rules, `\boxed`.
  public static let css: String = """
    math { font-family: "Latin Modern Math", "STIX Two Math", math; }
    math[display="block"] { margin: 0.5em 0; overflow-x: auto; overflow-y: hidden; }
    mtable.tex-matrix > mtr > mtd { padding: 0.15em 0.5em; }
    mtable.tex-matrix > mtr > mtd:first-child { padding-left: 0.1em; }
    mtable.tex-matrix > mtr > mtd:last-child { padding-right: 0.1em; }
    mtable.tex-small > mtr > mtd { padding: 0 0.2em; font-size: 70%; }
    mtable.tex-substack > mtr > mtd { padding: 0; }
    mtable.tex-cases > mtr > mtd { text-align: left; padding: 0.15em 1em 0.15em 0.1em; }
    mtable.tex-cases > mtr > mtd:last-child { padding-right: 0; }
    mtable.tex-aligned > mtr > mtd { padding: 0.25em 0; }
    mtable.tex-aligned > mtr > mtd:nth-child(odd) { text-align: right; }
    mtable.tex-aligned > mtr > mtd:nth-child(even) { text-align: left; padding-right: 1.5em; }
    mtable.tex-aligned > mtr > mtd:last-child { padding-right: 0; }
    mtable.tex-gathered > mtr > mtd { padding: 0.25em 0; }
    mtable.tex-array > mtr > mtd { padding: 0.15em 0.5em; }
    mtd.tex-l { text-align: left; }
    mtd.tex-r { text-align: right; }
    mtd.tex-vl { border-left: 0.06em solid; }
    mtd.tex-vr { border-right: 0.06em solid; }
    mtr.tex-hl > mtd { border-top: 0.06em solid; }
    mtr.tex-hl-below > mtd { border-bottom: 0.06em solid; }
    mrow.tex-overline { border-top: 0.065em solid; padding-top: 0.12em; }
    mrow.tex-underline { border-bottom: 0.065em solid; padding-bottom: 0.12em; }
    mrow.tex-cancel { background: linear-gradient(to top right, transparent 46%, currentColor 48%, currentColor 52%, transparent 54%); }
    mrow.tex-bcancel { background: linear-gradient(to bottom right, transparent 46%, currentColor 48%, currentColor 52%, transparent 54%); }
    mrow.tex-xcancel { background: linear-gradient(to top right, transparent 46%, currentColor 48%, currentColor 52%, transparent 54%), linear-gradient(to bottom right, transparent 46%, currentColor 48%, currentColor 52%, transparent 54%); }
    mrow.tex-sout { background: linear-gradient(transparent 46%, currentColor 48%, currentColor 52%, transparent 54%); }
    mrow.tex-boxed { border: 0.06em solid; padding: 0.25em 0.35em; }
    mover > mo.tex-lift { transform: translateY(-0.12em); }
    mover > mo.tex-vec { font-size: 70%; }
    mstyle.tex-prime { transform: translateY(0.35em); }
    """
}
