#!/bin/bash
# The training views only draw (docs: architecture.md): every file that widgets/views.cmake
# lists includes from the engine only the value types below, and calls nothing that runs
# the network or reads the parameter buffer by hand. What they show arrives computed, in
# the snapshot (session/snapshot.h, its pictures and probes).
# Usage: views_only_draw.sh WIDGETS_DIR
set -u
widgets=${1:?usage: views_only_draw.sh WIDGETS_DIR}
# Value types a view may read: the snapshot and what it carries, shapes and matrices, the
# data's task, names of activations.
allowed=" session/snapshot.h core/shape.h core/tensor.h data/dataset.h analysis/neuron_maps.h 
 analysis/probes.h training/metrics.h layers/activation.h diagnosis/finding.h "
# Computation over the model: forward passes, predictions, maps, decoding the parameter
# buffer by offset (Model::parameter gives each array with its shape), scanning it.
forbidden='(\.|->)(forward|predict)\(|computeNeuronMaps|computeFeatureMaps|predictSamples|computePictures|layerParameterOffset|parameters\(\)\.data\(\)|parameters\(\)\(|allFinite'

status=0
files=$(grep -oE '[a-z_]+\.(cpp|h)' "$widgets/views.cmake")
[[ -n $files ]] || { echo "no view files found in $widgets/views.cmake"; exit 1; }
for f in $files; do
    path=$widgets/$f
    while IFS=: read -r line include; do
        target=$(sed -E 's/.*#include "([^"]*)".*/\1/' <<<"$include")
        if [[ $target == */* && $allowed != *" $target "* ]]; then
            echo "widgets/$f:$line: a view includes $target; views take values (the snapshot), not engine code"
            status=1
        fi
    done < <(grep -n '^#include "' "$path")
    while IFS=: read -r line code; do
        echo "widgets/$f:$line: a view computes over the model: ${code## }"
        status=1
    done < <(grep -nE "$forbidden" "$path" | grep -vE '^[0-9]+:\s*//')
done
[[ $status == 0 ]] && echo "views only draw: $(wc -w <<<"$files") files checked"
exit $status
