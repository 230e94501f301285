// learner: optimal
// idiom: BTreeMap start -> end, while-let absorbing neighbours, checked_add bound check, usize-free u64 arithmetic with early returns
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
    sz: u64,
    got: u64,
    m: BTreeMap<u64, u64>,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { sz: size, got: 0, m: BTreeMap::new() }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let e = match offset.checked_add(len) {
            Some(e) if e <= self.sz => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.sz }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, e);
        let mut old = 0u64;
        if let Some((&s, &t)) = self.m.range(..a).next_back() {
            if t >= a {
                self.m.remove(&s);
                old += t - s;
                a = s;
                if t > b {
                    b = t;
                }
            }
        }
        while let Some((&s, &t)) = self.m.range(a..=b).next() {
            self.m.remove(&s);
            old += t - s;
            if t > b {
                b = t;
            }
        }
        self.m.insert(a, b);
        let add = (b - a) - old;
        self.got += add;
        Ok(add)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut v = Vec::with_capacity(self.m.len() + 1);
        let mut c = 0u64;
        for (&s, &t) in &self.m {
            if s > c {
                v.push(c..s);
            }
            c = t;
        }
        if c < self.sz {
            v.push(c..self.sz);
        }
        v
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.got == self.sz
    }
}
