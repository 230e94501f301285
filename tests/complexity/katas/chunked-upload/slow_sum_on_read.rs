// learner: slow
// why: Upload::received_bytes and Upload::is_complete are O(n) time, target O(1): they sum the stored ranges on every call instead of keeping a total
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
    have: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let before = self.received_bytes();
        let mut lo = offset;
        let mut hi = end;
        if let Some((&s, &e)) = self.have.range(..offset).next_back() {
            if e >= offset {
                self.have.remove(&s);
                lo = s;
                hi = hi.max(e);
            }
        }
        while let Some((&s, &e)) = self.have.range(lo..=hi).next() {
            self.have.remove(&s);
            hi = hi.max(e);
        }
        self.have.insert(lo, hi);
        Ok(self.received_bytes() - before)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0;
        for (&s, &e) in &self.have {
            if s > at {
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
        self.have.iter().map(|(s, e)| e - s).sum()
    }

    pub fn is_complete(&self) -> bool {
        self.received_bytes() == self.size
    }
}
