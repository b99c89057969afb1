#!/usr/bin/env python3
"""Joins the JSON lines of layerlab_bench and pytorch_bench.py into one Markdown table:
workload, LayerLab, PyTorch, ratio, target. Reads the lines from the files given (or stdin).

    make_table.py results.jsonl [--header "text"]
"""
import argparse
import json
import sys

# FLOP per sample, to show what fraction of the machine's GEMM speed a row reaches.
# MLP 784-256-128-10: forward 2*(784*256 + 256*128 + 128*10); training adds dW (same again)
# and dX of the 2nd and 3rd layers, 2*(256*128 + 128*10).
MLP_FORWARD = 2 * (784 * 256 + 256 * 128 + 128 * 10)
MLP_TRAIN = 2 * MLP_FORWARD + 2 * (256 * 128 + 128 * 10)
# CNN 28x28 -> conv 32 3x3 (26x26) -> pool -> conv 64 3x3 (11x11) -> pool -> dense 1600->10:
# forward, then dW of every layer and dX of all but the first conv.
CONV1 = 2 * 26 * 26 * 32 * 9
CONV2 = 2 * 11 * 11 * 64 * 32 * 9
DENSE = 2 * 1600 * 10
CNN_TRAIN = 2 * (CONV1 + CONV2 + DENSE) + CONV2 + DENSE


def load(paths):
    rows, info = {}, {}
    streams = [open(p) for p in paths] if paths else [sys.stdin]
    for stream in streams:
        for line in stream:
            line = line.strip()
            if not line.startswith("{"):
                continue
            r = json.loads(line)
            if "info" in r:
                info[r["bench"]] = r
            elif "workload" in r:
                rows[(r["bench"], r["workload"], r["threads"])] = r
    return rows, info


def fmt(v, unit=""):
    if v is None:
        return "-"
    if unit == "ms":
        return f"{v:.2f} ms"
    if v >= 1e5:
        return f"{v / 1e3:,.0f}k"
    if v >= 1e4:
        return f"{v / 1e3:.1f}k"
    return f"{v:,.1f}" if v < 100 else f"{v:,.0f}"


def median(rows, bench, workload, threads):
    r = rows.get((bench, workload, threads))
    return None if r is None or "median" not in r else r["median"]


def spread(rows, bench, workload, threads):
    r = rows.get((bench, workload, threads))
    if r is None or "median" not in r:
        return ""
    return f" ({fmt(r['min'])}-{fmt(r['max'])})" if r["unit"] != "ms" else f" ({r['min']:.2f}-{r['max']:.2f})"


def table(rows, info):
    out = []
    add = out.append
    add("| Workload | LayerLab | PyTorch | Ratio | Target | Met | LayerLab GFLOP/s |")
    add("|---|---|---|---|---|---|---|")

    def ratio_row(label, workload, threads, target=None, flop=None, pytorch_workload=None):
        ours = median(rows, "layerlab", workload, threads)
        theirs = median(rows, "pytorch", pytorch_workload or workload, threads)
        ratio = ours / theirs if ours and theirs else None
        met = "-" if target is None or ratio is None else ("yes" if ratio >= target else "**no**")
        gflops = f"{ours * flop / 1e9:.0f}" if ours and flop else ""
        add(f"| {label} | {fmt(ours)}{spread(rows, 'layerlab', workload, threads)} | "
            f"{fmt(theirs)}{spread(rows, 'pytorch', pytorch_workload or workload, threads)} | "
            f"{'-' if ratio is None else f'{ratio:.2f}x'} | {'-' if target is None else f'>= {target:g}x'} | "
            f"{met} | {gflops} |")

    for n in (512, 1024):
        for t in (1, 2):
            ratio_row(f"GEMM fp32 {n}x{n}, {t} thread{'s' if t > 1 else ''} (GFLOP/s; the machine's limit)",
                      f"sgemm_{n}", t)
    ratio_row("1. MLP 784-256-128-10 training, batch 128, 2 threads (samples/s)", "mlp_train", 2, 4, MLP_TRAIN)
    if median(rows, "pytorch_default", "mlp_train", 2):
        ours = median(rows, "layerlab", "mlp_train", 2)
        theirs = median(rows, "pytorch_default", "mlp_train", 2)
        add(f"| 1. the same against PyTorch with Debian's default settings (OpenBLAS's own threads; "
            f"{theirs * MLP_TRAIN / 1e9:.0f} GFLOP/s) | {fmt(ours)} | {fmt(theirs)}"
            f"{spread(rows, 'pytorch_default', 'mlp_train', 2)} | {ours / theirs:.2f}x | (>= 4x) | - | |")
    ratio_row("1. MLP inference, batch 128, 2 threads (samples/s)", "mlp_infer", 2, 1.5, MLP_FORWARD)
    ratio_row("2. CNN training, real Fashion-MNIST, batch 128, 2 threads (samples/s)", "cnn_train", 2, 1.5,
              CNN_TRAIN)
    ratio_row("3. 2-8-8-1 tanh, batch 10, SGD, probes on as in the app (steps/s)", "tiny_train", 2, 50)
    ratio_row("3. the same, probes off (steps/s)", "tiny_train_probes_off", 2, 50,
              pytorch_workload="tiny_train")

    ours = median(rows, "layerlab", "decision_map", 2)
    theirs = median(rows, "pytorch", "decision_map", 2)
    add(f"| 4. Every neuron of 2-8-8-8-1 on a 200x200 grid, 2 threads (ms per refresh) | "
        f"{fmt(ours, 'ms')}{spread(rows, 'layerlab', 'decision_map', 2)} | {fmt(theirs, 'ms')} | "
        f"{f'{theirs / ours:.1f}x faster' if ours and theirs else '-'} | < 10 ms | "
        f"{'-' if ours is None else ('yes' if ours < 10 else '**no**')} | |")

    off = median(rows, "layerlab", "mlp_train_probes_off", 2)
    for workload, label in (("mlp_train_probes_every", "every step"), ("mlp_train_probes_default", "default interval")):
        on = median(rows, "layerlab", workload, 2)
        # the paired cost (the variants ran in turn within each repetition) when present
        paired = median(rows, "layerlab", workload + "_cost", 2)
        cost = paired / 100 if paired is not None else (1 - on / off if on and off else None)
        met = "-" if cost is None else ("yes" if cost < 0.05 else "**no**")
        add(f"| 5. Probes on workload 1, {label}: samples/s with probes / off | {fmt(on)} / {fmt(off)} | - | "
            f"cost {'-' if cost is None else f'{100 * cost:.1f}%'} | < 5% | {met if label == 'every step' else '-'} | |")
    for workload, label in (("spiral_train_doctor", "the spiral example, batch 10"),
                            ("mlp_train_doctor", "workload 1, batch 128")):
        off = median(rows, "layerlab", workload + "_off", 2)
        probes = median(rows, "layerlab", workload + "_probes", 2)
        full = median(rows, "layerlab", workload + "_full", 2)
        if off is None:
            continue
        probes_cost = median(rows, "layerlab", workload + "_probes_cost", 2)
        full_cost = median(rows, "layerlab", workload + "_full_cost", 2)
        diagnose_ms = median(rows, "layerlab", workload + "_diagnose", 1)
        met = "-" if full_cost is None else ("yes" if full_cost <= 5 else "**no**")
        add(f"| 8. Probes and the doctor on {label} (samples/s off / probes / probes + RunObserver + "
            f"diagnose every 250 ms; one diagnose() "
            f"{'-' if diagnose_ms is None else f'{diagnose_ms:.2f} ms'}) | {fmt(off)} / {fmt(probes)} / {fmt(full)} | - | "
            f"cost {'-' if probes_cost is None else f'{probes_cost:.1f}%'} / "
            f"{'-' if full_cost is None else f'{full_cost:.1f}%'} | <= 5% | {met} | |")
    alone = median(rows, "layerlab", "mlp_train_alone", 2)
    beside = median(rows, "layerlab", "mlp_train_neighbour", 2)
    paired = median(rows, "layerlab", "mlp_train_neighbour_cost", 2)
    if paired is not None:
        add(f"| 6. Workload 1 next to a thread busy 5% of one core, as a UI thread (samples/s beside it / alone) | "
            f"{fmt(beside)} / {fmt(alone)} | - | cost {paired:.1f}% | (2.5% if the other core took up the slack) "
            f"| - | |")
    add("| 6. The app's own overhead | see docs/app-performance.md (layerlab_app_bench) | | | | | |")
    ratio_row("7. MLP training, 1 thread (samples/s)", "mlp_train", 1, None, MLP_TRAIN)
    ratio_row("7. MLP inference, 1 thread (samples/s)", "mlp_infer", 1, None, MLP_FORWARD)
    ratio_row("7. CNN training, 1 thread (samples/s)", "cnn_train", 1, None, CNN_TRAIN)
    for workload, label in (("mlp_train", "MLP training"), ("mlp_infer", "MLP inference"), ("cnn_train", "CNN training")):
        s = []
        for bench in ("layerlab", "pytorch"):
            one, two = median(rows, bench, workload, 1), median(rows, bench, workload, 2)
            s.append(f"{two / one:.2f}x" if one and two else "-")
        add(f"| 7. {label}: 2 threads / 1 thread | {s[0]} | {s[1]} | | | | |")
    skipped = [f"{k[0]} {k[1]} ({k[2]} thr): {r['skipped']}" for k, r in rows.items() if "skipped" in r]
    if skipped:
        out.append("")
        out.extend(f"Skipped: {s}" for s in skipped)
    return "\n".join(out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="*")
    p.add_argument("--header", default="")
    args = p.parse_args()
    rows, info = load(args.files)
    if args.header:
        print(args.header)
        print()
    t = info.get("pytorch")
    if t:
        print(f"PyTorch {t['torch']} (/usr/bin/python3), torch.set_num_threads(N) as the row says, "
              f"OPENBLAS_NUM_THREADS={t['OPENBLAS_NUM_THREADS']}, OPENBLAS_CORETYPE={t['OPENBLAS_CORETYPE']}, "
              f"BLAS: {t['blas']}. Each cell: median of the repetitions (min-max).")
        print()
    print(table(rows, info))


if __name__ == "__main__":
    main()
