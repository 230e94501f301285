// learner: optimal
// idiom: perf programmer; BTreeMap keyed by END (end -> start): everything that overlaps or touches [a, b] is a prefix of range(a..), consumed with a loop/match until a start lies past b
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}


#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    total: u64,
    by_end: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, total: 0, by_end: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let Some(end) = offset.checked_add(len).filter(|&e| e <= self.size) else {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        };
        if len == 0 {
            return Ok(0);
        }
        let mut lo = offset;
        let mut hi = end;
        let mut overlap = 0u64;
        loop {
            // ranges with end >= offset, in order of end (and so of start)
            let hit = match self.by_end.range(offset..).next() {
                Some((&e, &s)) if s <= end => Some((s, e)),
                _ => None,
            };
            match hit {
                Some((s, e)) => {
                    self.by_end.remove(&e);
                    overlap += e - s;
                    lo = lo.min(s);
                    hi = hi.max(e);
                }
                None => break,
            }
        }
        self.by_end.insert(hi, lo);
        let added = (hi - lo) - overlap;
        self.total += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.by_end.len() + 1);
        let mut at = 0;
        for (&e, &s) in self.by_end.iter() {
            if at < s {
                out.push(at..s);
            }
            at = e;
        }
        if at < self.size {
            out.push(at..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
