import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "fs";
const [file, name] = process.argv.slice(2);
async function vm() {
  const o = { out: "" };
  const mp = await loadMicroPython({ stdout: (l) => { o.out += l + "\n"; }, stderr: (l) => { o.out += l + "\n"; } });
  o.mp = mp;
  o.run = (c) => { o.out = ""; mp.runPython(c); return o.out; };
  mp.FS.mkdir("/lib");
  mp.FS.writeFile(`/lib/${name}.mpy`, fs.readFileSync(file));
  o.run("import gc, sys, micropython\nsys.path.clear()\nsys.path.append('/lib')\nmem_free=0\nmem_alloc=0");
  return o;
}
const qdump = (o) => new Set(o.run("micropython.qstr_info(1)").split("\n").filter(l => l.startsWith("Q(")).map(l => l.slice(2, -1)));
// probe
let p = await vm();
const A = qdump(p);
p.run(`__import__('${name}')`);
const B = qdump(p);
const nw = [...B].filter(q => !A.has(q));
console.log("new qstrs:", nw.length, nw.join(" "));
// measure
let m = await vm();
m.run("class RingIO: pass\nmem_free = RingIO()\n" + nw.map(q => `setattr(mem_free, ${JSON.stringify(q)}, 0)`).join("\n") + "\nmem_free = 0");
m.run("gc.collect()");
m.run("mem_free = gc.mem_free()\nmem_alloc = gc.mem_alloc()");
m.run(`__import__('${name}')`);
m.run("gc.collect()");
const before = m.run("print(mem_free, mem_alloc)");
m.run("mem_free = gc.mem_free()\nmem_alloc = gc.mem_alloc()");
const after = m.run("print(mem_free, mem_alloc)");
console.log(before.trim(), "|", after.trim(), m.run("micropython.qstr_info()"));
const [f0, a0] = before.trim().split(" ").map(Number), [f1, a1] = after.trim().split(" ").map(Number);
console.log("heap delta", a1 - a0, "total change", (f1 + a1) - (f0 + a0), "qstr cost", nw.reduce((s, q) => s + 7 + Buffer.byteLength(q) + 1, 0));
