// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): a helper filters the WHOLE map for intervals touching the chunk instead of searching from the chunk's position
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
    count: u64,
    intervals: BTreeMap<u64, u64>,
}

fn touches(start: u64, end: u64, a: u64, b: u64) -> bool {
    start <= b && end >= a
}

fn sum_widths(found: &[(u64, u64)]) -> u64 {
    found.iter().fold(0, |acc, &(s, e)| acc + (e - s))
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, count: 0, intervals: BTreeMap::new() }
    }

    /// Every stored interval that overlaps or touches [a, b].
    fn touching(&self, a: u64, b: u64) -> Vec<(u64, u64)> {
        self.intervals
            .iter()
            .filter(|(&s, &e)| touches(s, e, a, b))
            .map(|(&s, &e)| (s, e))
            .collect()
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let found = self.touching(offset, end);
        let lo = found.iter().map(|&(s, _)| s).fold(offset, u64::min);
        let hi = found.iter().map(|&(_, e)| e).fold(end, u64::max);
        for &(s, _) in &found {
            self.intervals.remove(&s);
        }
        self.intervals.insert(lo, hi);
        let new_bytes = (hi - lo) - sum_widths(&found);
        self.count += new_bytes;
        Ok(new_bytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut cursor = 0;
        for (&s, &e) in &self.intervals {
            if s > cursor {
                out.push(cursor..s);
            }
            cursor = e;
        }
        if cursor < self.size {
            out.push(cursor..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.count
    }

    pub fn is_complete(&self) -> bool {
        self.count == self.size
    }
}
