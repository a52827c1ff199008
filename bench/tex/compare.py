#!/usr/bin/env python3
"""Renders formulas with mlbook's TeX module and with KaTeX side by side in one
HTML page, then screenshots it with headless Chromium for review by eye.

usage: bench/tex/compare.py FORMULAS.txt OUT.html OUT.png [PER_PAGE]
With PER_PAGE, one page and screenshot per PER_PAGE formulas (OUT-1.png, …).
FORMULAS.txt holds one formula a line, prefixed "D " (display) or "I " (inline).
The KaTeX CLI of Debian's package lacks a dependency, so KaTeX is called
through node with the package's module.
"""
import html, json, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
formulas, out_html, out_png = sys.argv[1], sys.argv[2], sys.argv[3]
per_page = int(sys.argv[4]) if len(sys.argv) > 4 else 0
driver = "/tmp/tex-compare-driver"
sources = sorted(os.path.join(root, "Sources/TeX", f) for f in os.listdir(os.path.join(root, "Sources/TeX")) if f.endswith(".swift"))
subprocess.run(["flock", "/tmp/mlbook-swift-build.lock", "swiftc", "-Onone", *sources, os.path.join(here, "main.swift"), "-o", driver], check=True)
rendered = subprocess.run([driver, "render", formulas], check=True, capture_output=True, text=True).stdout

entries = []
for block in rendered.split("=== ")[1:]:
    head, _, rest = block.partition("\n")
    display = head.startswith("D ")
    source = head[2:]
    mathml, _, text = rest.partition("\n")
    entries.append((display, source, mathml, text.rstrip("\n")))

katex_js = """
const k = require('/usr/share/nodejs/katex');
const items = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(JSON.stringify(items.map(([d, s]) => {
  try { return k.renderToString(s, {displayMode: d, output: 'html', throwOnError: true,
    macros: {'\\\\R': '\\\\mathbb{R}', '\\\\E': '\\\\mathbb{E}', '\\\\norm': '\\\\left\\\\lVert #1 \\\\right\\\\rVert'}}); }
  catch (e) { return '<b style="color:red">' + String(e.message).replace(/</g, '&lt;') + '</b>'; }
})));
"""
katex = json.loads(subprocess.run(["node", "-e", katex_js], input=json.dumps([[d, s] for d, s, _, _ in entries]),
                                  check=True, capture_output=True, text=True).stdout)

css = subprocess.run([driver, "css", formulas], check=True, capture_output=True, text=True).stdout
def write_page(chunk, html_path, png_path):
    rows = []
    for (display, source, mathml, text), k in chunk:
        rows.append(f"<tr><td class=src>{html.escape(source)}</td><td>{mathml}</td><td>{k}</td>"
                    f"<td><pre>{html.escape(text)}</pre></td></tr>")
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file:///usr/share/javascript/katex/katex.min.css">
<style>{css}
body {{ font-family: sans-serif; font-size: 22px; margin: 8px; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; }}
th:nth-child(1) {{ width: 17%; }} th:nth-child(2), th:nth-child(3) {{ width: 29%; }}
td {{ border: 1px solid #ccc; padding: 4px 8px; vertical-align: middle; }}
td.src {{ font: 11px monospace; word-break: break-all; }}
td {{ overflow: hidden; }}
pre {{ font: 11px "DejaVu Sans Mono", monospace; margin: 0; }}
</style></head><body><table>
<tr><th>TeX</th><th>mlbook MathML</th><th>KaTeX</th><th>mlbook text</th></tr>
{''.join(rows)}
</table></body></html>"""
    with open(html_path, "w") as f:
        f.write(page)
    height = 80 + 140 * len(chunk)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={png_path}", f"--window-size=1200,{height}", "file://" + html_path],
                   check=True, capture_output=True)

pairs = list(zip(entries, katex))
write_page(pairs, out_html, out_png)
if per_page:
    for number, start in enumerate(range(0, len(pairs), per_page), 1):
        base_html, base_png = out_html[:-5], out_png[:-4]
        write_page(pairs[start:start + per_page], f"{base_html}-{number}.html", f"{base_png}-{number}.png")
print(f"{len(entries)} formulas -> {out_html}, {out_png}")
