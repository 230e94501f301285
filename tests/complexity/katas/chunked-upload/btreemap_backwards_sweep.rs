// learner: optimal
// idiom: terse: one backwards sweep with range(..=end).next_back() swallowing every touching range, iterator-built missing()
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
    ranges: BTreeMap<u64, u64>,
    have: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, ranges: BTreeMap::new(), have: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let oob = UploadError::OutOfBounds { offset, len, size: self.size };
        let end = offset.checked_add(len).filter(|&e| e <= self.size).ok_or(oob)?;
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi, mut old) = (offset, end, 0);
        // every stored range with start <= end and stored_end >= offset touches [offset, end]
        while let Some((&s, &e)) = self.ranges.range(..=hi).next_back() {
            if e < lo {
                break;
            }
            self.ranges.remove(&s);
            old += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.ranges.insert(lo, hi);
        let new = (hi - lo) - old;
        self.have += new;
        Ok(new)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let ends = std::iter::once(0).chain(self.ranges.values().copied());
        let starts = self.ranges.keys().copied().chain(std::iter::once(self.size));
        ends.zip(starts).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
