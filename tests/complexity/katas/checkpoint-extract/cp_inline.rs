// learner: optimal
// idiom: competitive-programmer: short names, index loops, whole extract inline in one function
//! Incremental extraction with a crash-safe checkpoint: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: u64,
    pub payload: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractError {
    ZeroBatchSize,
    Source(String),
    Staging(String),
    Checkpoint(String),
    OutOfOrder { previous: Option<u64>, id: u64 },
}

pub trait Source {
    fn fetch_after(&mut self, cursor: Option<u64>, limit: usize) -> Result<Vec<Record>, String>;
}

pub trait Validator {
    fn validate(&self, record: &Record) -> Result<(), String>;
}

pub trait Staging {
    fn stage(&mut self, batch: &[Record]) -> Result<usize, String>;
}

pub trait CheckpointStore {
    fn load(&self) -> Option<u64>;
    fn save(&mut self, cursor: u64) -> Result<(), String>;
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunReport {
    pub batches: usize,
    pub fetched: usize,
    pub staged: usize,
    pub rejected: Vec<(u64, String)>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MemoryCheckpoint {
    pub cursor: Option<u64>,
}

impl CheckpointStore for MemoryCheckpoint {
    fn load(&self) -> Option<u64> {
        self.cursor
    }

    fn save(&mut self, cursor: u64) -> Result<(), String> {
        self.cursor = Some(cursor);
        Ok(())
    }
}

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct StagingTable {
    records: Vec<Record>,
    s: HashSet<u64>,
}

impl StagingTable {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

impl Staging for StagingTable {
    fn stage(&mut self, b: &[Record]) -> Result<usize, String> {
        let mut c = 0;
        for i in 0..b.len() {
            if self.s.insert(b[i].id) {
                self.records.push(b[i].clone());
                c += 1;
            }
        }
        Ok(c)
    }
}

pub fn extract(
    src: &mut dyn Source,
    v: &dyn Validator,
    st: &mut dyn Staging,
    cp: &mut dyn CheckpointStore,
    bs: usize,
) -> Result<RunReport, ExtractError> {
    if bs == 0 {
        return Err(ExtractError::ZeroBatchSize);
    }
    let mut r = RunReport::default();
    let mut cur = cp.load();
    loop {
        let b = src.fetch_after(cur, bs).map_err(ExtractError::Source)?;
        let m = b.len();
        if m == 0 {
            return Ok(r);
        }
        let mut p = cur;
        for i in 0..m {
            if let Some(q) = p {
                if b[i].id <= q {
                    return Err(ExtractError::OutOfOrder { previous: p, id: b[i].id });
                }
            }
            p = Some(b[i].id);
        }
        let mut ok = Vec::with_capacity(m);
        for i in 0..m {
            match v.validate(&b[i]) {
                Ok(()) => ok.push(b[i].clone()),
                Err(e) => r.rejected.push((b[i].id, e)),
            }
        }
        let k = st.stage(&ok).map_err(ExtractError::Staging)?;
        let last = b[m - 1].id;
        cp.save(last).map_err(ExtractError::Checkpoint)?;
        r.batches += 1;
        r.fetched += m;
        r.staged += k;
        cur = Some(last);
    }
}
