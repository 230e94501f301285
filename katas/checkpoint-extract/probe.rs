use crate::Rng;
use checkpoint_extract::{extract, MemoryCheckpoint, Record, Source, StagingTable, Validator};

pub struct Input {
    rows: Vec<Record>,
}

struct Table<'a> {
    rows: &'a [Record],
}

impl Source for Table<'_> {
    fn fetch_after(&mut self, cursor: Option<u64>, limit: usize) -> Result<Vec<Record>, String> {
        let start = match cursor {
            None => 0,
            Some(c) => self.rows.partition_point(|r| r.id <= c),
        };
        let end = (start + limit).min(self.rows.len());
        Ok(self.rows[start..end].to_vec())
    }
}

struct AcceptAll;
impl Validator for AcceptAll {
    fn validate(&self, _record: &Record) -> Result<(), String> {
        Ok(())
    }
}

/// n rows with ascending random gaps between ids.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut id = 0u64;
    let rows = (0..n)
        .map(|_| {
            id += 1 + rng.below(5);
            Record { id, payload: String::new() }
        })
        .collect();
    Input { rows }
}

/// A full extraction, then a lost checkpoint and a full replay (every row a duplicate).
pub fn run(input: Input) -> u64 {
    let mut table = StagingTable::new();
    let mut cp = MemoryCheckpoint::default();
    let mut source = Table { rows: &input.rows };
    let a = extract(&mut source, &AcceptAll, &mut table, &mut cp, 64).map(|r| r.staged).unwrap_or(0);
    cp.cursor = None;
    let b = extract(&mut source, &AcceptAll, &mut table, &mut cp, 64).map(|r| r.fetched).unwrap_or(0);
    (a + b + table.len()) as u64
}
