// learner: slow
// idiom: PowerShell sysadmin: append the chunk to a list, then Sort-Object Start and a foreach that merges adjacent entries, and recount the total: the whole log is rebuilt on every receive
// why: Upload::receive pushes, re-sorts (O(n log n)) and re-merges (O(n)) the whole range list on every chunk, vs the O(k log n) / O(log n) amortised target; received_bytes is O(1) via a cached total recomputed in receive
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: Vec<(u64, u64)>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: Vec::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(end) if end <= self.size => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let before = self.total;
        self.ranges.push((offset, end));
        self.ranges.sort();
        let mut merged: Vec<(u64, u64)> = Vec::new();
        for &(start, stop) in &self.ranges {
            match merged.last_mut() {
                Some(last) if start <= last.1 => {
                    if stop > last.1 {
                        last.1 = stop;
                    }
                }
                _ => merged.push((start, stop)),
            }
        }
        self.ranges = merged;
        self.total = self.ranges.iter().map(|(s, e)| e - s).sum();
        Ok(self.total - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut result = Vec::new();
        let mut position = 0;
        for &(start, stop) in &self.ranges {
            if start > position {
                result.push(position..start);
            }
            position = stop;
        }
        if position < self.size {
            result.push(position..self.size);
        }
        result
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
