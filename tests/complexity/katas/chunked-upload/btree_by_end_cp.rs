// learner: optimal
// idiom: BTreeMap keyed by range END (end -> start), one forward range(a..) lookup per absorbed range inside a loop/match, manual gap walk
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
    n: u64,
    tot: u64,
    by_end: BTreeMap<u64, u64>, // end -> start, disjoint, never touching
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { n: size, tot: 0, by_end: BTreeMap::new() }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let r = offset.checked_add(len);
        if r.is_none() || r.unwrap() > self.n {
            return Err(UploadError::OutOfBounds { offset, len, size: self.n });
        }
        let mut b = r.unwrap();
        let mut a = offset;
        if a == b {
            return Ok(0);
        }
        let mut old = 0u64;
        loop {
            // first stored range whose end reaches a (touching counts)
            let nx = self.by_end.range(a..).next().map(|(&e, &s)| (s, e));
            match nx {
                Some((s, e)) if s <= b => {
                    self.by_end.remove(&e);
                    old += e - s;
                    if s < a {
                        a = s;
                    }
                    if e > b {
                        b = e;
                    }
                }
                _ => break,
            }
        }
        self.by_end.insert(b, a);
        let d = b - a - old;
        self.tot += d;
        Ok(d)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut c = 0u64;
        let mut it = self.by_end.iter();
        while let Some((&e, &s)) = it.next() {
            if c < s {
                out.push(c..s);
            }
            c = e;
        }
        if c < self.n {
            out.push(c..self.n);
        }
        out
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.tot
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.tot == self.n
    }
}
