//! Engine benchmarks (`make bench`): reading a proposal file and judging it,
//! for the typical plan (40 partners, 200 budget lines, 10 activities), the
//! large one (2,000 partners, 20,000 lines) and a series of the typical plan
//! scaled 1×–50×. Criterion reports throughput in rows (partners + budget
//! lines + activities) per second: a constant throughput over the series
//! means the cost grows linearly. The `limits` group reads and judges a
//! plan at every limit of the format beside the large plan, and refuses an
//! object of 200,000 keys (issue 23: both must stay linear).

use std::hint::black_box;
use std::time::Duration;

use centra_check::engine::synthetic::{at_limits, proposal, Size};
use centra_check::{check_text, evaluate, read_proposal, write_proposal, Profile};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn sizes() -> Vec<(String, Size)> {
    vec![
        ("typical".to_string(), Size::TYPICAL),
        ("large".to_string(), Size::LARGE),
    ]
}

fn scaling() -> Vec<(String, Size)> {
    [1, 5, 10, 25, 50]
        .into_iter()
        .map(|factor| (format!("typical*{factor}"), Size::typical_times(factor)))
        .collect()
}

fn bench_evaluate(c: &mut Criterion) {
    let profile = Profile::katapult();
    for (group_name, list) in [("evaluate", sizes()), ("evaluate_scaling", scaling())] {
        let mut group = c.benchmark_group(group_name);
        for (name, size) in list {
            let plan = proposal(size);
            group.throughput(Throughput::Elements(size.rows() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(&name), &plan, |b, plan| {
                b.iter(|| evaluate(black_box(plan), profile).expect("no overflow"))
            });
        }
        group.finish();
    }
}

fn bench_read(c: &mut Criterion) {
    for (group_name, list) in [("read_proposal", sizes()), ("read_scaling", scaling())] {
        let mut group = c.benchmark_group(group_name);
        for (name, size) in list {
            let text = write_proposal(&proposal(size));
            group.throughput(Throughput::Elements(size.rows() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(&name), &text, |b, text| {
                b.iter(|| read_proposal(black_box(text)).expect("valid"))
            });
        }
        group.finish();
    }
}

/// Hostile input: a file read and judged at every limit, beside the large
/// plan read and judged the same way, and an object of 200,000 keys that
/// the reader refuses (a key it does not know).
fn bench_limits(c: &mut Criterion) {
    let mut group = c.benchmark_group("limits");
    group.sample_size(10);
    for (name, plan) in [
        ("large_read_and_judged", proposal(Size::LARGE)),
        ("plan_at_limits_read_and_judged", at_limits()),
    ] {
        let text = write_proposal(&plan);
        group.bench_function(name, |b| {
            b.iter(|| check_text(black_box(&text)).expect("within the limits"))
        });
    }
    let keys: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\":{i}")).collect();
    let wide = format!(
        r#"{{"format":"centra-check/proposal","version":2,"partners":[{{"id":"p1","kind":"company",{}}}]}}"#,
        keys.join(",")
    );
    group.bench_function("object_of_200000_keys_refused", |b| {
        b.iter(|| read_proposal(black_box(&wide)).expect_err("unknown fields"))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // Enough samples for a stable median on a 2-core machine, in about a
    // minute for the whole suite.
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = bench_evaluate, bench_read, bench_limits
}
criterion_main!(benches);
