// measure.mjs: measures what importing a module keeps on the heap of the MicroPython VM
// (WebAssembly, 32-bit), by the definition of `mpy-pack cost` (docs/cost-model.md).
//
// usage: node measure.mjs SPEC.json        (or '-' for stdin); prints one JSON document.
//   SPEC: {"lib": DIR, "stubs": DIR or null, "jobs": [{"id": ID, "module": "pkg.sub",
//          "preload": ["dep", "pkg", ...]}, ...]}
//   lib holds the compiled .mpy tree as it would sit in CIRCUITPY/lib (mounted at /lib);
//   stubs holds .py stand-ins for modules the board has built in (board, busio, ...).
//   Result: {"vm": VERSION, "results": [{"id", "module", "ok", "heap_bytes", "qstrs",
//            "qstr_bytes", "modules", "module_bytes", "ram_bytes", "problems"}, ...]}
//
// Each job uses two fresh VM instances set up identically:
//   probe:   set up, list the dynamic qstrs and sys.modules, import, list them again; the
//            differences are the qstrs and modules the import creates.
//   measure: set up, intern those qstrs beforehand (and grow sys.modules), then measure
//            the heap around the import; each step is its own runPython() call, because
//            gc.collect() in this VM only runs when control returns to JavaScript.
// ram_bytes = heap_bytes + sum(7 + len + 1 for each new qstr) + 8 * new sys.modules entries.
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "fs";
import path from "path";

const specArg = process.argv[2];
if (!specArg) {
    console.error("usage: node measure.mjs SPEC.json   (or - for stdin)");
    process.exit(2);
}
const spec = JSON.parse(fs.readFileSync(specArg === "-" ? 0 : specArg, "utf8"));

// Copies a host directory tree into the VM's file system.
function copyTree(mp, hostDir, vmDir) {
    mp.FS.mkdir(vmDir);
    for (const ent of fs.readdirSync(hostDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const h = path.join(hostDir, ent.name), v = `${vmDir}/${ent.name}`;
        if (ent.isDirectory()) copyTree(mp, h, v);
        else if (ent.isFile()) mp.FS.writeFile(v, fs.readFileSync(h));
    }
}

// Names of the stand-in modules: top-level .py files and packages in the stubs folder.
function stubNames(dir) {
    if (!dir) return [];
    return fs.readdirSync(dir, { withFileTypes: true })
        .filter((e) => (e.isFile() && e.name.endsWith(".py")) || (e.isDirectory() && fs.existsSync(path.join(dir, e.name, "__init__.py"))))
        .map((e) => e.name.replace(/\.py$/, ""))
        .sort();
}

const py = (s) => JSON.stringify(s);

// A VM set up for one measurement. The harness only uses names the firmware already has as
// qstrs (mem_free, mem_alloc, RingIO, ...) so that it interns nothing an import could need.
async function newVM(job) {
    const vm = { out: "" };
    vm.mp = await loadMicroPython({
        stdout: (l) => { vm.out += l + "\n"; },
        stderr: (l) => { vm.out += l + "\n"; },
    });
    vm.run = (code) => {
        vm.out = "";
        vm.mp.runPython(code);
        return vm.out;
    };
    if (spec.stubs) copyTree(vm.mp, spec.stubs, "/stubs");
    copyTree(vm.mp, spec.lib, "/lib");
    vm.run("import gc, sys, micropython\nmem_free = 0\nmem_alloc = 0\nclass RingIO:\n    pass");
    // The board's built-in modules: stand-ins, loaded before anything is measured.
    const stubs = stubNames(spec.stubs);
    if (stubs.length) {
        vm.run("sys.path.clear()\nsys.path.append('/stubs')");
        for (const s of stubs) vm.run(`__import__(${py(s)})`);
    }
    // Only the measured lib folder, as on a board, so VM-only modules shadow nothing.
    vm.run("sys.path.clear()\nsys.path.append('/lib')");
    // Room to spare in sys.modules: 48 entries added then deleted leave their slots free.
    vm.run("for mem_alloc in range(1000, 1048):\n    sys.modules[mem_alloc] = None\n" +
        "for mem_alloc in range(1000, 1048):\n    del sys.modules[mem_alloc]\nmem_alloc = 0");
    for (const dep of job.preload || []) vm.run(`__import__(${py(dep)})`);
    vm.run("gc.collect()");
    return vm;
}

function dynamicQstrs(vm) {
    const out = vm.run("micropython.qstr_info(1)");
    const qs = [];
    for (const line of out.split("\n")) {
        const m = /^Q\((.*)\)\s*$/.exec(line);
        if (m) qs.push(m[1]);
    }
    return qs;
}

function qstrCount(vm) {
    const m = /n_qstr=(\d+)/.exec(vm.run("micropython.qstr_info()"));
    return m ? Number(m[1]) : -1;
}

function moduleNames(vm) {
    return vm.run("for mem_free in sys.modules:\n    print(mem_free)\nmem_free = 0").split("\n").filter((l) => l.length);
}

function readPair(vm) {
    const [f, a] = vm.run("print(mem_free, mem_alloc)").trim().split(/\s+/).map(Number);
    return { free: f, alloc: a };
}

async function measure(job) {
    const res = { id: job.id ?? job.module, module: job.module, ok: false, problems: [] };
    // Probe: which qstrs and sys.modules entries does the import create?
    const probe = await newVM(job);
    const q0 = new Set(dynamicQstrs(probe));
    const m0 = new Set(moduleNames(probe));
    try {
        probe.run(`__import__(${py(job.module)})`);
    } catch (e) {
        res.problems.push(`import failed: ${String(e.message).trim().split("\n").pop()}`);
        return res;
    }
    const newQstrs = dynamicQstrs(probe).filter((q) => !q0.has(q));
    const newModules = moduleNames(probe).filter((m) => !m0.has(m));

    // Measure: the same state, with those qstrs interned beforehand.
    const vm = await newVM(job);
    if (newQstrs.length) {
        vm.run("mem_free = RingIO()\n" + newQstrs.map((q) => `setattr(mem_free, ${py(q)}, 0)`).join("\n") + "\nmem_free = 0");
    }
    vm.run("gc.collect()");
    const nq0 = qstrCount(vm);
    vm.run("gc.collect()");
    vm.run("mem_free = gc.mem_free()\nmem_alloc = gc.mem_alloc()");
    const before = readPair(vm);
    vm.run(`__import__(${py(job.module)})`);
    vm.run("gc.collect()");
    vm.run("mem_free = gc.mem_free()\nmem_alloc = gc.mem_alloc()");
    const after = readPair(vm);
    const nq1 = qstrCount(vm);

    if (before.free + before.alloc !== after.free + after.alloc) {
        res.problems.push(`the heap grew during the window (${before.free + before.alloc} -> ${after.free + after.alloc})`);
    }
    if (nq0 !== nq1) res.problems.push(`${nq1 - nq0} qstrs were created inside the window`);
    res.heap_bytes = after.alloc - before.alloc;
    res.qstrs = newQstrs;
    res.qstr_bytes = newQstrs.reduce((s, q) => s + 7 + Buffer.byteLength(q, "utf8") + 1, 0);
    res.modules = newModules;
    res.module_bytes = 8 * newModules.length;
    res.ram_bytes = res.heap_bytes + res.qstr_bytes + res.module_bytes;
    res.ok = res.problems.length === 0;
    return res;
}

const results = [];
for (const job of spec.jobs) {
    results.push(await measure(job));
}
process.stdout.write(JSON.stringify({ vm: "@micropython/micropython-webassembly-pyscript@1.27.0", results }, null, 1) + "\n");
