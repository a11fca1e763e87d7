#!/bin/sh
# mpy-dis.sh: checks mpy-dis (and so the .mpy reader) against every golden file.
#   sh tests/mpy-dis.sh [PATH/TO/mpy-dis]        (default build/mpy-dis)
# 1. For each micropython/NAME.mpy with a programs/NAME.dis, rebuilds the reference
#    disassembler's text from `mpy-dis --json` (tables, every block's bytes, prelude, argument
#    names, line info, each instruction's bytes, name and argument, children) and compares
#    it line for line.
# 2. Every other golden .mpy (-O1/-O3, circuitpython/, circuitpython9/, errors/*.cp9.mpy) is
#    read in all modes without a problem, and the JSON is self-consistent: the instructions
#    cover each block's bytecode exactly, the size breakdown adds up to the file size.
# 3. Damaged copies (truncated, bit-flipped) of golden files are fed to every mode: each is
#    listed or rejected with a message naming the byte offset; nothing crashes.
# Node parses the JSON (python is not assumed). Ends with a line "N passed, N failed".
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
dis=${1:-build/mpy-dis}
case $dis in /*) ;; *) dis="$(pwd)/$dis" ;; esac
if [ ! -x "$dis" ]; then
    echo "mpy-dis.sh: no executable $dis (build it first)" >&2
    exit 2
fi
command -v node >/dev/null 2>&1 || { echo "mpy-dis.sh: node is needed" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
# A sanitizer build must not exit 1 on a finding: that is the status of a rejected file.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86"
UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=87:print_stacktrace=1"
export ASAN_OPTIONS UBSAN_OPTIONS

cat > "$tmp/check.js" <<'EOF'
'use strict';
const fs = require('fs');
const path = require('path');
const cp = require('child_process');
const [dis, root, tmp] = process.argv.slice(2);
const conf = path.join(root, 'tests/conformance');
let passed = 0, failed = 0;
const fail = (what, msg) => { failed++; console.log(`FAIL ${what}: ${msg}`); };
const pass = () => { passed++; };

function run(args) {
    const r = cp.spawnSync(dis, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
    if (r.error) throw r.error;
    return r;
}

function mpysIn(dir) {
    const d = path.join(conf, dir);
    return fs.readdirSync(d).filter(n => n.endsWith('.mpy')).sort().map(n => path.join(d, n));
}

// ---- rebuilding the reference disassembler's text ----
const colonHex = h => (h.match(/../g) || []).join(':');
function pyRepr(s) {
    const q = s.includes("'") && !s.includes('"') ? '"' : "'";
    let r = q;
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === q || ch === '\\') r += '\\' + ch;
        else if (ch === '\n') r += '\\n';
        else if (ch === '\r') r += '\\r';
        else if (ch === '\t') r += '\\t';
        else if (c < 0x20 || c === 0x7f) r += '\\x' + c.toString(16).padStart(2, '0');
        else r += ch;
    }
    return r + q;
}
function referenceText(j) {
    const out = [];
    out.push('source_file: ' + j.qstrs[0].text);
    out.push('header: ' + colonHex(j.header.bytes));
    out.push('arch: ' + j.header.arch);
    if (j.header.arch_flags !== null) out.push('arch_flags: 0x' + j.header.arch_flags.toString(16));
    out.push(`qstr_table[${j.qstrs.length}]:`);
    for (const q of j.qstrs) out.push('    ' + q.text);
    out.push('obj_table: [' + j.constants.map(c => c.repr).join(', ') + ']');
    for (const b of j.blocks) {
        const p = b.prelude;
        out.push('simple_name: ' + b.name);
        out.push(`  raw bytecode: ${b.data_size} ${colonHex(b.data)}`);
        out.push(`  prelude: (${p.n_state}, ${p.n_exc_stack}, ${p.scope_flags}, ${p.n_pos_args}, ${p.n_kwonly_args}, ${p.n_def_pos_args})`);
        out.push('  args: [' + b.args.map(pyRepr).join(', ') + ']');
        // the reference shows the cell slots as part of the line info
        out.push('  line info: ' + colonHex(b.line_info + b.cells.map(c => c.toString(16).padStart(2, '0')).join('')));
        for (const x of b.instructions) {
            const multi = parseInt(x.bytes.slice(0, 2), 16) >= 0x70;
            let name = x.opcode, arg = '';
            if (multi) name += ' ' + x.arg + (x.operator ? ' ' + x.operator : '');
            else if ('qstr' in x) arg = x.qstr;
            else if ('const' in x) arg = x.const;
            else if ('arg' in x) arg = String(x.arg);
            out.push('  ' + colonHex(x.bytes).padEnd(11) + ' ' + name + ' ' + arg);
        }
        out.push('  children: [' + b.children.map(i => j.blocks[i].name).join(', ') + ']');
    }
    return out.join('\n') + '\n';
}

// ---- self-consistency of one JSON document ----
function consistent(j) {
    let total = j.sizes.header + j.sizes.unused_qstr_bytes + j.sizes.unused_constant_bytes + j.sizes.trailing;
    for (const b of j.blocks) {
        total += b.sizes.total;
        if (b.kind !== 'bytecode') continue;
        const code = b.data.slice(2 * b.code_start);
        let at = 0, hex = '';
        for (const x of b.instructions) {
            if (x.offset !== at) return `block ${b.index}: instruction at ${x.offset}, expected ${at}`;
            if (x.bytes.length !== 2 * x.size) return `block ${b.index}: size of instruction at ${at}`;
            if (!x.opcode) return `block ${b.index}: no opcode name at ${at}`;
            at += x.size;
            hex += x.bytes;
        }
        if (hex !== code) return `block ${b.index}: the instructions do not cover the bytecode`;
        if (b.index > 0 && j.blocks[b.parent].children.indexOf(b.index) < 0) return `block ${b.index}: not a child of its parent`;
    }
    if (total !== j.size) return `sizes add up to ${total}, file has ${j.size}`;
    if (j.problems.length) return 'problems: ' + j.problems.map(p => p.message).join('; ');
    return null;
}

// ---- 1. against the reference disassembler ----
const mpDir = path.join(conf, 'micropython');
const withDis = [];
for (const n of fs.readdirSync(path.join(conf, 'programs')).sort()) {
    if (!n.endsWith('.dis')) continue;
    const mpy = path.join(mpDir, n.replace(/\.dis$/, '.mpy'));
    if (fs.existsSync(mpy)) withDis.push([mpy, path.join(conf, 'programs', n)]);
}
{
    const r = run(['--json', ...withDis.map(p => p[0])]);
    if (r.status !== 0 || r.stderr) fail('golden .dis files', `exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
    let docs = [];
    try { docs = JSON.parse(r.stdout); } catch (e) { fail('golden .dis files', 'JSON does not parse: ' + e.message); }
    for (let i = 0; i < docs.length; i++) {
        const [mpy, disFile] = withDis[i];
        const name = path.basename(mpy);
        const j = docs[i];
        if (!j.blocks) { fail(name, 'not read: ' + JSON.stringify(j.error)); continue; }
        const want = fs.readFileSync(disFile, 'utf8').split('\n');
        const got = referenceText(j).split('\n');
        let bad = -1;
        for (let k = 0; k < Math.max(want.length, got.length); k++) {
            if (want[k] !== got[k]) { bad = k; break; }
        }
        if (bad >= 0) fail(name, `line ${bad + 1} differs from ${path.basename(disFile)}:\n  want: ${JSON.stringify(want[bad])}\n  got:  ${JSON.stringify(got[bad])}`);
        else {
            const e = consistent(j);
            if (e) fail(name, e); else pass();
        }
    }
    console.log(`compared with the reference disassembler: ${withDis.length} files`);
}

// ---- 2. every golden .mpy, every mode ----
const all = [...mpysIn('micropython'), ...mpysIn('circuitpython'), ...mpysIn('circuitpython9')];
for (const sub of ['syntax', 'compile']) {
    const d = path.join(conf, 'errors', sub);
    if (fs.existsSync(d)) for (const n of fs.readdirSync(d).sort()) if (n.endsWith('.mpy')) all.push(path.join(d, n));
}
const listFile = path.join(tmp, 'all.txt');
{
    const chunk = 400;   // keep command lines short
    let nOk = 0;
    for (let s = 0; s < all.length; s += chunk) {
        const part = all.slice(s, s + chunk);
        const r = run(['--json', ...part]);
        let docs = [];
        if (r.status !== 0 || r.stderr) { fail('--json', `exit ${r.status}: ${r.stderr.slice(0, 2000)}`); continue; }
        try { docs = JSON.parse(r.stdout); } catch (e) { fail('--json', 'does not parse: ' + e.message); continue; }
        docs.forEach((j, i) => {
            const name = path.relative(conf, part[i]);
            if (!j.blocks) { fail(name, 'not read: ' + JSON.stringify(j.error)); return; }
            const e = consistent(j);
            const magic = name.startsWith('micropython/') ? 'M' : 'C';
            if (e) fail(name, e);
            else if (j.header.magic !== magic) fail(name, 'header magic ' + j.header.magic);
            else { pass(); nOk++; }
        });
        for (const mode of [[], ['--summary'], ['--runtime'], ['--diffable']]) {
            const t = run([...mode, ...part]);
            if (t.status !== 0 || t.stderr || !t.stdout) fail('mode ' + (mode[0] || 'listing'), `exit ${t.status}: ${t.stderr.slice(0, 2000)}`);
            else pass();
        }
    }
    fs.writeFileSync(listFile, all.join('\n'));
    console.log(`read in every mode: ${all.length} golden files, ${nOk} consistent`);
}

// ---- native code blocks (no golden file has them): one of each kind, made here ----
for (const magic of ['M', 'C']) {
    const u = (...a) => Buffer.from(a);
    const mod = u(0x00, 0x02, 1, 0x32, 0, 0x59, 0x32, 1, 0x59, 0x32, 2, 0x59, 0x51, 0x63);
    const npy = u(0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0xc3, 0x00, 0x04, 1, 0x21);
    const vip = u(0x48, 0x31, 0xc0, 0xc3, 0x00, 0x00);
    const asm = u(1, 2, 3, 4);
    const flags = magic === 'M' ? u(0x70) : u(0x81, 0x60);   // relocations, rodata, bss
    const bytes = Buffer.concat([
        Buffer.from(magic), u(6, 3 | 2 << 2, 31, 2, 0, 8), Buffer.from('n.py\0'), u(15),
        u(mod.length << 3 | 4), mod, u(3),
        u(npy.length << 3 | 1), npy, u(8),
        u(vip.length << 3 | 2), vip, flags, u(3, 4), Buffer.from('abc'), u(3, 2, 2, 12, 0xff),
        u(asm.length << 3 | 3), asm, u(0, 2, 0x1f)]);
    const f = path.join(tmp, `native_${magic}.mpy`);
    fs.writeFileSync(f, bytes);
    const r = run(['--json', f]);
    let j = null;
    try { j = JSON.parse(r.stdout); } catch (e) { /* reported below */ }
    const kinds = j && j.blocks ? j.blocks.map(b => b.kind).join(',') : '';
    if (r.status !== 0 || r.stderr || kinds !== 'bytecode,native Python,viper,inline assembler' ||
        j.header.arch !== 'X64' || j.blocks[2].native.relocations !== 2 || consistent(j))
        fail(`native blocks (${magic})`, `exit ${r.status}, kinds ${kinds}: ${r.stderr} ${j && consistent(j)}`);
    else pass();
    for (const mode of [[], ['--summary'], ['--runtime']]) {
        const t = run([...mode, f]);
        if (t.status !== 0 || t.stderr || !t.stdout.includes('X64')) fail(`native blocks (${magic}) ${mode[0] || 'listing'}`, t.stderr);
        else pass();
    }
}

// ---- 3. damaged copies ----
{
    let seed = 12345;
    const rnd = n => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const dir = path.join(tmp, 'damaged');
    fs.mkdirSync(dir);
    const made = [];
    for (let i = 0; i < 600; i++) {
        const src = all[rnd(all.length)];
        const buf = Buffer.from(fs.readFileSync(src));
        let out;
        if (i % 3 === 0) out = buf.subarray(0, rnd(buf.length));
        else {
            out = Buffer.from(buf);
            const flips = 1 + rnd(i % 3 === 1 ? 1 : 6);
            for (let k = 0; k < flips; k++) { const at = 4 + rnd(Math.max(1, out.length - 4)); if (at < out.length) out[at] ^= 1 << rnd(8); }
        }
        const f = path.join(dir, `d${String(i).padStart(3, '0')}.mpy`);
        fs.writeFileSync(f, out);
        made.push(f);
    }
    let rejected = 0, listed = 0;
    for (const mode of [['--json'], [], ['--summary'], ['--diffable'], ['--runtime']]) {
        const r = run([...mode, ...made]);
        const label = 'damaged files, mode ' + (mode[0] || 'listing');
        if (r.status !== 0 && r.status !== 1) { fail(label, `exit ${r.status} (crash?): ${r.stderr.slice(-3000)}`); continue; }
        const lines = r.stderr.split('\n').filter(l => l);
        const odd = lines.filter(l => !/^\S+\.mpy: (error|problem) at byte \d+ \(0x[0-9a-f]+\): \S/.test(l) &&
                                      !/^\S+\.mpy: (the file is empty|not a \.mpy file|the file ends inside the 4-byte header)/.test(l));
        if (odd.length) { fail(label, 'unexpected stderr: ' + odd.slice(0, 5).join(' | ')); continue; }
        if (mode[0] === '--json') {
            let docs;
            try { docs = JSON.parse(r.stdout); } catch (e) { fail(label, 'JSON does not parse: ' + e.message); continue; }
            if (docs.length !== made.length) { fail(label, 'wrong number of documents'); continue; }
            for (const j of docs) {
                if (j.error) rejected++;
                else if (j.problems.length) rejected++;
                else listed++;
            }
        }
        pass();
    }
    console.log(`damaged copies: ${made.length}, ${rejected} rejected or flagged, ${listed} still read cleanly`);
}
console.log(`mpy-dis: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
EOF
node "$tmp/check.js" "$dis" "$here" "$tmp"
