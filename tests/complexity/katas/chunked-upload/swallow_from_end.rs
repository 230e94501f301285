// learner: optimal
// idiom: a ReScript web developer: BTreeMap start -> end, `checked_add` + `filter` + `ok_or` for validation, a `while let` that swallows the nearest range at or before the chunk's end until none touches, `missing` as a fold-like scan with a cursor
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
    received: u64,
    ranges: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: 0, ranges: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let end = offset
            .checked_add(len)
            .filter(|&end| end <= size)
            .ok_or(UploadError::OutOfBounds { offset, len, size })?;
        if len == 0 {
            return Ok(0);
        }
        let (mut start, mut stop, mut already) = (offset, end, 0);
        while let Some((&a, &b)) = self.ranges.range(..=stop).next_back() {
            if b < start {
                break;
            }
            already += b.min(end).saturating_sub(a.max(offset));
            start = start.min(a);
            stop = stop.max(b);
            self.ranges.remove(&a);
        }
        self.ranges.insert(start, stop);
        let fresh = len - already;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = vec![];
        let mut cursor = 0;
        for (&a, &b) in &self.ranges {
            if cursor < a {
                gaps.push(cursor..a);
            }
            cursor = b;
        }
        if cursor < self.size {
            gaps.push(cursor..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
