//! Benchmark for the leaflet budgets (issue: warm render ≤ 20 ms per page in-process, a 4-page
//! leaflet ≤ 300 KB, memory flat over 10,000 renders). Run by `scripts/bench`:
//! `cargo run --release -p candour-leaflets --example leaflet_bench -- [RENDERS]`.
//!
//! Each render differs (the organisation's name carries the render number), so typst's memo
//! cache cannot answer from an earlier render; that is the server's real case.

use std::time::Instant;

use candour_leaflets::{Engine, LEAFLETS, LOCALES, Organisation, RenderRequest};

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() {
    let renders: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let engine = Engine::new();
    let request = |i: usize| {
        let mut organisation = Organisation::demo();
        organisation.name = format!("Demo Borough Council {i}");
        RenderRequest {
            leaflet: LEAFLETS[i % LEAFLETS.len()].into(),
            locale: LOCALES[(i / LEAFLETS.len()) % LOCALES.len()].tag.into(),
            large_print: i % 2 == 1,
            organisation,
            logo: None,
            issued: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
            personal: None,
        }
    };
    for i in 0..24 {
        engine.render(&request(i)).expect("warm-up render");
    }
    let mut per_page_ms = Vec::with_capacity(renders);
    let mut largest_4_page = 0;
    let mut rss_at_1000 = 0;
    let started = Instant::now();
    for i in 0..renders {
        let t0 = Instant::now();
        let rendered = engine.render(&request(i)).expect("render");
        per_page_ms.push(t0.elapsed().as_secs_f64() * 1000.0 / rendered.pages as f64);
        if rendered.pages <= 4 {
            largest_4_page = largest_4_page.max(rendered.pdf.len());
        }
        if i + 1 == 1000.min(renders) {
            rss_at_1000 = rss_kib();
        }
    }
    let total = started.elapsed();
    per_page_ms.sort_by(f64::total_cmp);
    let at = |q: f64| per_page_ms[((per_page_ms.len() as f64 - 1.0) * q) as usize];
    println!("leaflet_renders={renders} in {:.1} s", total.as_secs_f64());
    println!(
        "leaflet_ms_per_page p50={:.2} p95={:.2} max={:.2} (budget 20)",
        at(0.5),
        at(0.95),
        at(1.0)
    );
    println!("leaflet_largest_4_page_pdf_bytes={largest_4_page} (budget 307200)");
    println!(
        "leaflet_rss_kib after_1000={rss_at_1000} after_{renders}={}",
        rss_kib()
    );
}
