// run.mjs: imports compiled .mpy modules in the MicroPython VM (WebAssembly, 32-bit) and compares
// what each prints with the expected output.
// usage: node run.mjs MPY_DIR EXPECTED_DIR [NAME...]
//   Each NAME.mpy in MPY_DIR is imported in a fresh VM; its output must equal EXPECTED_DIR/NAME.out,
//   or, where there is no .out, what the VM prints when it imports EXPECTED_DIR/NAME.py, the source
//   compiled by the VM's own compiler. Without names, every .mpy in MPY_DIR is run.
//   Prints "runtime: N passed, N failed".
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "fs";
import path from "path";

const [mpyDir, expectedDir, ...names] = process.argv.slice(2);
if (!mpyDir || !expectedDir) {
    console.error("usage: node run.mjs MPY_DIR EXPECTED_DIR [NAME...]");
    process.exit(2);
}
const todo = names.length ? names : fs.readdirSync(mpyDir).filter((f) => f.endsWith(".mpy")).map((f) => f.slice(0, -4)).sort();

async function runOne(name, file, ext) {
    let out = "";
    const mp = await loadMicroPython({
        stdout: (line) => { out += line + "\n"; },
        stderr: (line) => { out += line + "\n"; },
    });
    mp.FS.mkdir("/mods");
    mp.FS.writeFile(`/mods/${name}.${ext}`, fs.readFileSync(file));
    mp.runPython("import sys\nsys.path.insert(0, '/mods')");
    try {
        mp.runPython(`import ${name}`);
    } catch (e) {
        out += `exception: ${String(e.message).trim()}\n`;
    }
    return out;
}

let passed = 0, failed = 0;
for (const name of todo) {
    const outFile = path.join(expectedDir, `${name}.out`);
    const expected = fs.existsSync(outFile)
        ? fs.readFileSync(outFile, "utf8")
        : await runOne(name, path.join(expectedDir, `${name}.py`), "py");
    const got = await runOne(name, path.join(mpyDir, `${name}.mpy`), "mpy");
    if (got === expected) {
        passed++;
    } else {
        failed++;
        const g = got.split("\n"), e = expected.split("\n");
        let i = 0;
        while (i < g.length && i < e.length && g[i] === e[i]) i++;
        console.log(`runtime: FAIL ${name}: line ${i + 1}: expected ${JSON.stringify(e[i] ?? "")}, got ${JSON.stringify(g[i] ?? "")}`);
    }
}
console.log(`runtime: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
