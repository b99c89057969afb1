#!/usr/bin/python3
"""The workloads of layerlab_bench, in PyTorch, with the same warm-up and repetitions.

Run with Debian's PyTorch 1.13 (/usr/bin/python3) and its best settings on this machine:
    OPENBLAS_NUM_THREADS=1 OPENBLAS_CORETYPE=SkylakeX /usr/bin/python3 bench/pytorch_bench.py
(bench/run_benchmarks.sh sets both). Prints "# ..." lines for people and one JSON object
per result, with the same workload names and threads as layerlab_bench, so a script can
join the two.

    pytorch_bench.py [--smoke] [--only gemm,mlp,probes,cnn,tiny,map] [--reps N]
                     [--seconds S] [--warmup S] [--label NAME]

--label names the run in the JSON lines ("bench", default "pytorch"): run_benchmarks.sh
also runs the MLP with Debian's default settings, as "pytorch_default".
"""
import argparse
import gzip
import json
import math
import os
import struct
import sys
import time

import torch
from torch import nn

BATCH = 128
TINY_BATCH = 10
LABEL = "pytorch"  # the "bench" field of every JSON line (--label)


# --- the harness: warm up, then N repetitions, min/median/max (bench/harness.cpp) ---------

def measure(opts, workload, threads, unit, kind, work, call, note=""):
    """kind 'rate': work per second of `call`; 'time': milliseconds per call."""
    torch.set_num_threads(threads)
    start = time.perf_counter()
    warm_calls = 0
    while True:
        call()
        warm_calls += 1
        if opts.smoke or time.perf_counter() - start >= opts.warmup:
            break
    per_call = (time.perf_counter() - start) / warm_calls
    calls = 1 if opts.smoke else max(1, math.ceil(opts.seconds / max(per_call, 1e-9)))
    values = []
    for _ in range(1 if opts.smoke else opts.reps):
        t0 = time.perf_counter()
        for _ in range(calls):
            call()
        seconds = time.perf_counter() - t0
        values.append(work * calls / seconds if kind == "rate" else 1e3 * seconds / calls)
    values.sort()
    n = len(values)
    median = values[n // 2] if n % 2 else 0.5 * (values[n // 2 - 1] + values[n // 2])
    report(dict(bench=LABEL, workload=workload, threads=threads, unit=unit,
                better="higher" if kind == "rate" else "lower", min=values[0], median=median,
                max=values[-1], reps=n, note=note))


def report(r):
    if "skipped" in r:
        print(f"# {r['workload']:<28} {r['threads']} thr  skipped: {r['skipped']}")
    else:
        print(f"# {r['workload']:<28} {r['threads']} thr  median {r['median']:12.5g} {r['unit']:<9} "
              f"(min {r['min']:.5g}, max {r['max']:.5g}, {r['reps']} reps)  {r['note']}")
    print(json.dumps(r))
    sys.stdout.flush()


def loaded_blas():
    """The BLAS library this process really uses (Debian picks it with alternatives, or
    LD_LIBRARY_PATH overrides it): OpenBLAS is several times faster than the reference one."""
    torch.mm(torch.rand(8, 8), torch.rand(8, 8))
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "blas" in line.lower() and "/" in line}
    except OSError:
        return "unknown"
    return ", ".join(sorted(os.path.realpath(p) for p in paths)) or "none found"


def warm_up_process(opts):
    """About a second of heavy AVX-512 work on every thread before anything is timed."""
    if opts.smoke:
        return
    torch.set_num_threads(2)
    a = torch.rand(512, 512)
    start = time.perf_counter()
    while time.perf_counter() - start < 1.0:
        torch.mm(a, a)
        (a * a).sum()


# --- data ------------------------------------------------------------------------------------

def random_classification(shape, samples, classes, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand((samples,) + shape, generator=g)
    y = torch.randint(0, classes, (samples,), generator=g)
    return x, y


def fashion_mnist(limit):
    """The first `limit` training images, scaled to [0, 1], as the engine's IDX loader does."""
    folder = os.environ.get("LAYERLAB_FASHION_MNIST_DIR", "/usr/share/datasets/fashion-mnist")
    with gzip.open(os.path.join(folder, "train-images-idx3-ubyte.gz"), "rb") as f:
        magic, count, rows, cols = struct.unpack(">IIII", f.read(16))
        n = min(count, limit)
        pixels = f.read(n * rows * cols)
    with gzip.open(os.path.join(folder, "train-labels-idx1-ubyte.gz"), "rb") as f:
        f.read(8)
        labels = f.read(n)
    x = torch.frombuffer(bytearray(pixels), dtype=torch.uint8).float().div_(255.0).reshape(n, 1, rows, cols)
    y = torch.frombuffer(bytearray(labels), dtype=torch.uint8).long()
    return x, y


class Stepper:
    """One mini-batch per call: the epoch's shuffled order, gather, forward, loss, backward,
    optimizer step (the work the engine's Trainer::step does)."""

    def __init__(self, model, loss, optimizer, x, y, batch):
        self.model, self.loss, self.optimizer = model, loss, optimizer
        self.x, self.y, self.batch = x, y, batch
        self.order = torch.randperm(len(x))
        self.position = 0

    def step(self):
        n = len(self.x)
        if self.position >= n:
            self.order = torch.randperm(n)
            self.position = 0
        idx = self.order[self.position:self.position + self.batch]
        self.position += self.batch
        xb, yb = self.x[idx], self.y[idx]
        self.optimizer.zero_grad(set_to_none=True)
        out = self.model(xb)
        self.loss(out, yb).backward()
        self.optimizer.step()


def adam(model):
    # foreach=True: the multi-tensor Adam, faster on CPU than 1.13's default per-tensor loop.
    return torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7, foreach=True)


def mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 128), nn.ReLU(),
                         nn.Linear(128, 10))


# --- workloads -------------------------------------------------------------------------------

def run_gemm(opts):
    for n in ([64] if opts.smoke else [512, 1024]):
        a, b = torch.rand(n, n), torch.rand(n, n)
        c = torch.empty(n, n)
        for threads in (1, 2):
            measure(opts, f"sgemm_{n}", threads, "GFLOP/s", "rate", 2.0 * n ** 3 * 1e-9,
                    lambda: torch.mm(a, b, out=c), "torch.mm (BLAS)")


def run_mlp(opts):
    samples = 32 if opts.smoke else 50 * BATCH
    batch = 16 if opts.smoke else BATCH
    for threads in (2, 1):
        torch.manual_seed(1)
        model = mlp()
        x, y = random_classification((1, 28, 28), samples, 10, 7)
        s = Stepper(model, nn.CrossEntropyLoss(), adam(model), x, y, batch)
        measure(opts, "mlp_train", threads, "samples/s", "rate", batch, s.step,
                f"784-256-128-10 relu, Adam, batch {batch}, random data")
        xb, _ = random_classification((1, 28, 28), batch, 10, 8)

        def infer():
            with torch.inference_mode():
                model(xb)
        measure(opts, "mlp_infer", threads, "samples/s", "rate", batch, infer,
                f"inference_mode forward on a batch of {batch}")


def run_cnn(opts):
    images = 32 if opts.smoke else 40 * BATCH
    batch = 16 if opts.smoke else BATCH
    try:
        x, y = fashion_mnist(images)
        source = f"real Fashion-MNIST (first {images} training images)"
    except OSError as e:
        if not opts.smoke:
            for threads in (2, 1):
                report(dict(bench=LABEL, workload="cnn_train", threads=threads, skipped=str(e)))
            return
        x, y = random_classification((1, 28, 28), images, 10, 9)
        source = "random images (Fashion-MNIST not installed)"
    for threads in (2, 1):
        torch.manual_seed(1)
        model = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 3), nn.ReLU(),
                              nn.MaxPool2d(2), nn.Flatten(), nn.Linear(1600, 10))
        s = Stepper(model, nn.CrossEntropyLoss(), adam(model), x, y, batch)
        measure(opts, "cnn_train", threads, "samples/s", "rate", batch, s.step,
                f"32c3-pool-64c3-pool-dense10, Adam, batch {batch}, {source}")


def run_tiny(opts):
    g = torch.Generator().manual_seed(11)
    x = torch.rand(500, 2, generator=g) * 2 - 1
    y = (x[:, 0] * x[:, 1] > 0).float().unsqueeze(1)
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 1))
    s = Stepper(model, nn.BCEWithLogitsLoss(), torch.optim.SGD(model.parameters(), lr=0.03), x, y, TINY_BATCH)
    measure(opts, "tiny_train", 2, "steps/s", "rate", 1.0, s.step, "2-8-8-1 tanh, SGD, batch 10, BCE with logits")


def run_map(opts):
    side = 20 if opts.smoke else 200
    torch.manual_seed(3)
    layers = [nn.Linear(2, 8), nn.Linear(8, 8), nn.Linear(8, 8), nn.Linear(8, 1)]
    acts = [torch.tanh, torch.tanh, torch.tanh, torch.sigmoid]

    def refresh():
        # the grid of pixel centres over [-6, 6]^2, row 0 at the top, then every layer kept
        with torch.inference_mode():
            step = 12.0 / side
            xs = -6 + (torch.arange(side) + 0.5) * step
            ys = 6 - (torch.arange(side) + 0.5) * step
            gy, gx = torch.meshgrid(ys, xs, indexing="ij")
            h = torch.stack([gx.reshape(-1), gy.reshape(-1)], dim=1)
            kept = []
            for layer, act in zip(layers, acts):
                h = act(layer(h))
                kept.append(h)
            return kept
    measure(opts, "decision_map", 2, "ms", "time", 1.0, refresh,
            f"2-8-8-8-1 tanh forward on a {side}x{side} grid, every layer kept")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--smoke", action="store_true")
    p.add_argument("--only", default="")
    p.add_argument("--reps", type=int, default=7)
    p.add_argument("--seconds", type=float, default=0.4)
    p.add_argument("--warmup", type=float, default=0.5)
    p.add_argument("--label", default="pytorch")
    opts = p.parse_args()
    global LABEL
    LABEL = opts.label
    only = [w for w in opts.only.split(",") if w]
    wants = lambda family: not only or family in only  # noqa: E731
    info = dict(bench=LABEL, info="settings", torch=torch.__version__, blas=loaded_blas(),
                OPENBLAS_NUM_THREADS=os.environ.get("OPENBLAS_NUM_THREADS", "unset"),
                OPENBLAS_CORETYPE=os.environ.get("OPENBLAS_CORETYPE", "unset"))
    print(f"# PyTorch {info['torch']}; BLAS {info['blas']}; OPENBLAS_NUM_THREADS={info['OPENBLAS_NUM_THREADS']} "
          f"OPENBLAS_CORETYPE={info['OPENBLAS_CORETYPE']}")
    print(json.dumps(info))
    warm_up_process(opts)
    for family, run in (("gemm", run_gemm), ("mlp", run_mlp), ("tiny", run_tiny), ("map", run_map),
                        ("cnn", run_cnn)):
        if wants(family):
            run(opts)


if __name__ == "__main__":
    main()
