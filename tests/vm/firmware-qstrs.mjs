// firmware-qstrs.mjs: lists the qstrs that the MicroPython VM's firmware holds in ROM, one a
// line, sorted (bytewise). `mpy-pack cost` counts an interned name as free when the firmware
// already has it; py/mpy_cost_fw.c is generated from this list (scripts/gen-fw-qstrs.sh).
//
// usage: node firmware-qstrs.mjs > LIST
// How: every printable NUL-terminated string in the WebAssembly binary, and every suffix of
// one (the linker may share a string's tail), is a candidate. The VM interns all candidates;
// those that do not appear among its dynamic qstrs afterwards were already in ROM.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "fs";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const wasmPath = require.resolve("@micropython/micropython-webassembly-pyscript/micropython.wasm");
const bin = fs.readFileSync(wasmPath);

const cands = new Set();
let start = 0;
for (let i = 0; i < bin.length; i++) {
    if (bin[i] !== 0) continue;
    if (i > start && i - start <= 80) {
        const s = bin.subarray(start, i);
        if (s.every((c) => c >= 0x20 && c < 0x7f)) {
            const t = s.toString("latin1");
            for (let k = 0; k < t.length; k++) cands.add(t.slice(k));
        }
    }
    start = i + 1;
}

let out = "";
const mp = await loadMicroPython({ stdout: (l) => { out += l + "\n"; }, stderr: (l) => { out += l + "\n"; } });
const list = [...cands];
mp.runPython("import micropython\nclass RingIO:\n    pass\nmem_free = RingIO()");
for (let i = 0; i < list.length; i += 500) {
    mp.runPython(list.slice(i, i + 500).map((q) => `setattr(mem_free, ${JSON.stringify(q)}, 0)`).join("\n"));
}
out = "";
mp.runPython("micropython.qstr_info(1)");
const dynamic = new Set();
for (const line of out.split("\n")) {
    const m = /^Q\((.*)\)\s*$/.exec(line);
    if (m) dynamic.add(m[1]);
}
const rom = list.filter((q) => !dynamic.has(q));
rom.sort((a, b) => (Buffer.compare(Buffer.from(a, "latin1"), Buffer.from(b, "latin1"))));
process.stdout.write(rom.join("\n") + "\n");
