// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): filters the whole map for overlapping ranges on every chunk
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
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
    parts: BTreeMap<u64, u64>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, parts: BTreeMap::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        // every stored range that overlaps or touches [offset, end)
        let touching: Vec<(u64, u64)> = self
            .parts
            .iter()
            .filter(|(&s, &e)| s <= end && e >= offset)
            .map(|(&s, &e)| (s, e))
            .collect();
        let mut lo = offset;
        let mut hi = end;
        let mut old = 0;
        for (s, e) in touching {
            self.parts.remove(&s);
            lo = lo.min(s);
            hi = hi.max(e);
            old += e - s;
        }
        self.parts.insert(lo, hi);
        self.total += hi - lo - old;
        Ok(hi - lo - old)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut pos = 0;
        for (&s, &e) in &self.parts {
            if s > pos {
                gaps.push(pos..s);
            }
            pos = e;
        }
        if pos < self.size {
            gaps.push(pos..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
