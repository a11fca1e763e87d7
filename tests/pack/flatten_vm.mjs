// flatten_vm.mjs: runs a code.py against a lib folder in the MicroPython VM (WebAssembly) and
// prints what it prints, as a board would: the lib folder on sys.path, code.py run as source.
// usage: node flatten_vm.mjs VM_DIR LIB_DIR CODE_PY
import fs from "fs";
import path from "path";
import { pathToFileURL } from "url";

const [vmDir, libDir, codePy] = process.argv.slice(2);
if (!vmDir || !libDir || !codePy) {
    console.error("usage: node flatten_vm.mjs VM_DIR LIB_DIR CODE_PY");
    process.exit(2);
}
const entry = path.join(vmDir, "node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs");
const { loadMicroPython } = await import(pathToFileURL(entry).href);

let out = "";
const mp = await loadMicroPython({
    stdout: (line) => { out += line + "\n"; },
    stderr: (line) => { out += line + "\n"; },
});

// copies a folder of the host into the VM's file system
function copyTree(from, to) {
    mp.FS.mkdir(to);
    for (const name of fs.readdirSync(from).sort()) {
        const src = path.join(from, name);
        const dst = `${to}/${name}`;
        if (fs.statSync(src).isDirectory()) {
            copyTree(src, dst);
        } else {
            mp.FS.writeFile(dst, fs.readFileSync(src));
        }
    }
}
copyTree(libDir, "/lib");
mp.runPython("import sys\nsys.path.insert(0, '/lib')");
try {
    mp.runPython(fs.readFileSync(codePy, "utf8"));
} catch (e) {
    out += `exception: ${String(e.message).trim()}\n`;
}
process.stdout.write(out);
