// learner: slow
// idiom: CUDA GPU programmer: append every chunk to a flat Vec<(u64, u64)>, then sort + linear merge pass (like a sort-and-reduce on device) and recount the covered bytes
// why: receive is O(n log n) per chunk (sort_unstable + full merge over all stored ranges) vs O(k log n), O(log n) amortised; missing is O(n); received_bytes/is_complete O(1)
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    iv: Vec<(u64, u64)>, // merged, sorted
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, iv: Vec::new(), got: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        self.iv.push((offset, end));
        self.iv.sort_unstable();
        let mut merged: Vec<(u64, u64)> = Vec::with_capacity(self.iv.len());
        for i in 0..self.iv.len() {
            let (s, e) = self.iv[i];
            let m = merged.len();
            if m > 0 && s <= merged[m - 1].1 {
                if e > merged[m - 1].1 {
                    merged[m - 1].1 = e;
                }
            } else {
                merged.push((s, e));
            }
        }
        let mut total = 0u64;
        for i in 0..merged.len() {
            total += merged[i].1 - merged[i].0;
        }
        self.iv = merged;
        let fresh = total - self.got;
        self.got = total;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut at = 0;
        for &(s, e) in &self.iv {
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
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}
