// learner: slow
// why: Upload::receive is O(n) time, target O(k log n): walks the whole Vec of (start, end) pairs and rebuilds it on every chunk
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    pieces: Vec<(u64, u64)>,
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, pieces: vec![], got: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut result = Vec::with_capacity(self.pieces.len() + 1);
        let (mut a, mut b) = (offset, end);
        let mut old = 0;
        let mut placed = false;
        for &(s, e) in self.pieces.iter() {
            if e < a {
                result.push((s, e));
            } else if s > b {
                if !placed {
                    result.push((a, b));
                    placed = true;
                }
                result.push((s, e));
            } else {
                a = a.min(s);
                b = b.max(e);
                old += e - s;
            }
        }
        if !placed {
            result.push((a, b));
        }
        self.pieces = result;
        let fresh = (b - a) - old;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for &(s, e) in &self.pieces {
            if s > pos {
                out.push(pos..s);
            }
            pos = e;
        }
        if pos < self.size {
            out.push(pos..self.size);
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
