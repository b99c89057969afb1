// Every random choice in LayerLab derives from one seed. Streams that run in parallel
// (one per shard of a mini-batch) get their own seed mixed from (seed, step, shard), so the
// numbers they draw do not depend on which thread runs them.
#pragma once

#include <cstdint>
#include <cmath>
#include <random>

namespace layerlab {

using Rng = std::mt19937_64;

// SplitMix64 (Steele, Lea & Flood 2014): a strong 64-bit mixer for deriving stream seeds.
constexpr std::uint64_t mixSeed(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0)
{
    return mixSeed(mixSeed(mixSeed(seed) ^ a) ^ b);
}

// Uniform float in [0, 1) from a generator; std::uniform_real_distribution's output is not
// specified bit for bit across standard libraries, this is.
inline float uniform01(Rng& rng) { return float(rng() >> 40) * (1.0f / 16777216.0f); }

// Standard normal by Box-Muller, for the same reason.
inline float standardNormal(Rng& rng)
{
    constexpr double twoPi = 6.283185307179586;
    double u1 = (double(rng() >> 11) + 1.0) * (1.0 / 9007199254740993.0);  // (0, 1]
    double u2 = double(rng() >> 11) * (1.0 / 9007199254740992.0);
    return float(std::sqrt(-2.0 * std::log(u1)) * std::cos(twoPi * u2));
}

}  // namespace layerlab
