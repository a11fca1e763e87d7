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
// Each job uses two fresh VM instances set up identically (stand-ins loaded from /stubs, then
// sys.path holding only /lib, sys.modules grown with room to spare, the preload list imported):
//   probe:   list the dynamic qstrs and sys.modules, import, list them again; the differences
//            are the qstrs and the modules the import creates.
//   measure: intern those qstrs beforehand, pack the heap's holes, then: gc.collect(), read
//            gc.mem_free()/mem_alloc(), import, gc.collect(), read again, each its own
//            runPython() call (gc.collect() in this VM only marks a collection as pending; it
//            runs when control returns to JavaScript). mem_free + mem_alloc must not change
//            (the heap did not grow) and no qstr may be made inside the window.
// ram_bytes = heap_bytes + sum(7 + len + 1 for each new qstr) + 8 * new sys.modules entries.
// MEASURE_DUMP=1 lists the heap blocks each import keeps, with their words, on stderr (a
// developer aid for finding what the model misses; letters as micropython.mem_info(1) prints).
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
    // The package keeps its JavaScript proxies in globals shared by every instance; the
    // finalizer of an old instance's proxy would free entries in the newest instance's proxy
    // table at a moment the event loop chooses, moving that heap's layout about. Dropping the
    // registry (nothing here hands Python objects to JavaScript) keeps each instance to itself.
    globalThis.pyProxyFinalizationRegistry = { register() {}, unregister() {} };
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
        for (const s of stubs) {
            try {
                vm.run(`__import__(${py(s)})`);
            } catch (e) {
                throw new Error(`stand-in ${s}: ${String(e.message).trim().split("\n").pop()}`);
            }
        }
    }
    // Only the measured lib folder, as on a board, so VM-only modules shadow nothing.
    vm.run("sys.path.clear()\nsys.path.append('/lib')");
    // Room to spare in sys.modules: 48 entries added then deleted leave their slots free.
    vm.run("for mem_alloc in range(1000, 1048):\n    sys.modules[mem_alloc] = None\n" +
        "for mem_alloc in range(1000, 1048):\n    del sys.modules[mem_alloc]\nmem_alloc = 0");
    for (const dep of job.preload || []) {
        try {
            vm.run(`__import__(${py(dep)})`);
        } catch (e) {
            throw new Error(`preloading ${dep}: ${String(e.message).trim().split("\n").pop()}`);
        }
    }
    vm.run("gc.collect()");
    return vm;
}

// The qstrs of the dynamic pools, from micropython.qstr_info(1): "Q(text)" and a line break for
// each. The VM's output turns every LF into CR LF (undone first); a qstr may itself hold line
// breaks, so entries are split at ")\n" followed by the next "Q(".
function dynamicQstrs(vm) {
    const out = vm.run("micropython.qstr_info(1)").replace(/\r\n/g, "\n");
    const start = out.indexOf("\nQ(");
    if (start < 0) return [];
    const qs = [];
    const re = /Q\(([\s\S]*?)\)\n(?=Q\(|$)/g;
    let m;
    while ((m = re.exec(out.slice(start + 1))) !== null) qs.push(m[1]);
    return qs;
}

function qstrCount(vm) {
    const m = /n_qstr=(\d+)/.exec(vm.run("micropython.qstr_info()"));
    return m ? Number(m[1]) : -1;
}

function moduleNames(vm) {
    return vm.run("for mem_free in sys.modules:\n    print(mem_free)\nmem_free = 0").split("\n").filter((l) => l.length);
}

// Fills the holes the setup left in the heap with small objects kept alive until the end, so
// that the import's objects are laid out one after another as in a heap that was never
// fragmented (what a conservative collector keeps can depend on which block follows which).
// Floats of one block each are made until 64 in a row sit at consecutive addresses.
function packHeap(vm) {
    vm.run("def schedule(mem_free):\n" +
        "    global stack_use\n" +
        "    stack_use = [None] * mem_free\n" +
        "    heap_lock = 0\n" +
        "    heap_unlock = 0\n" +
        "    for opt_level in range(mem_free):\n" +
        "        kbd_intr = opt_level + 0.5\n" +
        "        stack_use[opt_level] = kbd_intr\n" +
        "        if id(kbd_intr) == heap_unlock + 16:\n" +
        "            heap_lock += 1\n" +
        "            if heap_lock >= 64:\n" +
        "                return opt_level\n" +
        "        else:\n" +
        "            heap_lock = 0\n" +
        "        heap_unlock = id(kbd_intr)\n" +
        "    return -1");
    vm.run("gc.collect()");
    vm.run("schedule(4096)");
    vm.run("gc.collect()");
}

// MEASURE_DUMP=1: the block letters of the heap, by block number.
function blockMap(vm) {
    const map = {};
    for (const l of vm.run("micropython.mem_info(1)").split("\n")) {
        const r = /^([0-9a-f]{8}): (.*)$/.exec(l.trim());
        if (r) {
            const base = parseInt(r[1], 16) / 16;
            for (let i = 0; i < r[2].length; i++) map[base + i] = r[2][i];
        }
    }
    return map;
}

function dumpNewBlocks(vm, before, after, module) {
    const mid = Number(vm.run(`print(id(sys.modules[${py(module)}]))`));
    let mblock = -1;
    for (const k in after) if (after[k] === "M" && before[k] !== "M") mblock = Number(k);
    if (mblock < 0) return;
    const base = mid - mblock * 16;
    const gv = (a) => vm.mp._module.getValue(a, "i32") >>> 0;
    const keys = Object.keys(after).map(Number).sort((a, b) => a - b);
    for (const k of keys) {
        if (after[k] === "." || after[k] === "=" || (before[k] !== undefined && before[k] !== ".")) continue;
        let n = 1;
        while (after[k + n] === "=") n++;
        const words = [];
        for (let i = 0; i < n * 4; i++) words.push(gv(base + k * 16 + 4 * i).toString(16));
        process.stderr.write(`${module}: block ${k} '${after[k]}' x${n} @${(base + k * 16).toString(16)}: ${words.join(" ")}\n`);
    }
}

function readPair(vm) {
    const [f, a] = vm.run("print(mem_free, mem_alloc)").trim().split(/\s+/).map(Number);
    return { free: f, alloc: a };
}

async function measure(job) {
    const res = { id: job.id ?? job.module, module: job.module, ok: false, problems: [] };
    // Probe: which qstrs and sys.modules entries does the import create?
    let probe;
    try {
        probe = await newVM(job);
    } catch (e) {
        res.problems.push(e.message);
        return res;
    }
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
    vm.out = "";
    if (newQstrs.length) {
        vm.run("mem_free = RingIO()\n" + newQstrs.map((q) => `setattr(mem_free, ${py(q)}, 0)`).join("\n") + "\nmem_free = 0");
    }
    // The reading and the import are compiled beforehand, so that the code run inside the window
    // is two identical one-call snippets whose own compiled code is the same at both readings.
    vm.run("def heap_lock():\n    global mem_free, mem_alloc\n    mem_free = gc.mem_free()\n    mem_alloc = gc.mem_alloc()");
    vm.run(`def heap_unlock():\n    __import__(${py(job.module)})`);
    vm.run("gc.collect()");
    packHeap(vm);
    const nq0 = qstrCount(vm);
    vm.run("gc.collect()");
    vm.run("heap_lock()");
    const before = readPair(vm);
    const map0 = process.env.MEASURE_DUMP ? blockMap(vm) : null;
    vm.run("heap_unlock()");
    vm.run("gc.collect()");
    vm.run("heap_lock()");
    const after = readPair(vm);
    if (map0) dumpNewBlocks(vm, map0, blockMap(vm), job.module);
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
