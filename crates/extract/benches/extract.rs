//! Extraction, stage by stage, over the bench corpus (see `allegiance-benchdata`):
//! `cargo bench -p allegiance-extract`. Each stage is timed alone, on the previous stage's output
//! computed beforehand; `extract/document` is the whole of `Extractor::extract`, and `start` what
//! a process pays before its first document (the KB and the name automata).

use allegiance_benchdata::Corpus;
use allegiance_extract::{segment, stages, DocMeta, Extractor};
use allegiance_kb::Kb;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn stages(c: &mut Criterion) {
    let corpus = Corpus::load();
    let articles = corpus.articles();
    let bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();
    eprintln!(
        "corpus: {} articles, {:.1} MB of text, from {}",
        articles.len(),
        bytes as f64 / 1e6,
        corpus.origin
    );
    let kb = Kb::builtin().expect("built-in KB");
    let extractor = Extractor::new(&kb);
    let meta = DocMeta::default();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let sentences: Vec<Vec<segment::Sentence>> =
        texts.iter().map(|t| segment::sentences(t)).collect();

    let mut g = c.benchmark_group("extract");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("segmentation", |b| {
        b.iter(|| texts.iter().map(|t| segment::sentences(t).len()).sum::<usize>())
    });
    g.bench_function("mentions", |b| {
        b.iter_batched(
            || sentences.clone(),
            |sentences| {
                texts
                    .iter()
                    .zip(sentences)
                    .map(|(t, s)| stages::mentions(&extractor, t, s).count())
                    .sum::<usize>()
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("relations", |b| {
        b.iter_batched(
            || {
                texts
                    .iter()
                    .zip(sentences.clone())
                    .map(|(t, s)| stages::mentions(&extractor, t, s))
                    .collect::<Vec<_>>()
            },
            |mentions| {
                mentions
                    .into_iter()
                    .zip(&texts)
                    .map(|(m, t)| stages::relations(&extractor, t, m).facts())
                    .sum::<usize>()
            },
            BatchSize::LargeInput,
        )
    });
    let relations: Vec<stages::Relations> = texts
        .iter()
        .zip(sentences.clone())
        .map(|(t, s)| stages::relations(&extractor, t, stages::mentions(&extractor, t, s)))
        .collect();
    let read: usize = relations.iter().map(|r| r.sentences_read()).sum();
    let all: usize = sentences.iter().map(Vec::len).sum();
    eprintln!("sentence gate: {read} of {all} sentences read by the relation rules");
    g.bench_function("qualification", |b| {
        b.iter(|| relations.iter().map(|r| stages::qualify(r, &meta)).sum::<usize>())
    });
    g.bench_function("document", |b| {
        b.iter(|| texts.iter().map(|t| extractor.extract(t, &meta).facts.len()).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("start");
    g.sample_size(20);
    g.bench_function("kb_and_automata", |b| {
        b.iter(|| Extractor::new(&black_box(Kb::builtin().expect("built-in KB"))))
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
