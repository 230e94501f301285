// learner: optimal
// idiom: Koka: BTreeMap start -> end of merged ranges; receive grows the chunk by absorbing a left neighbour and then every range starting inside it, each absorption a `match` -- new bytes = merged length minus absorbed bytes
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
    have: BTreeMap<u64, u64>, // start -> end, disjoint and never touching
    total: u64,
}

/// The bounds check as a pure function.
fn checked_end(offset: u64, len: u64, size: u64) -> Result<u64, UploadError> {
    match offset.checked_add(len) {
        Some(end) if end <= size => Ok(end),
        _ => Err(UploadError::OutOfBounds { offset, len, size }),
    }
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeMap::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = checked_end(offset, len, self.size)?;
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi) = (offset, end);
        let mut absorbed = 0u64;
        // a range starting before `lo` that reaches it
        match self.have.range(..lo).next_back().map(|(&s, &e)| (s, e)) {
            Some((s, e)) if e >= lo => {
                self.have.remove(&s);
                absorbed += e - s;
                lo = s;
                hi = hi.max(e);
            }
            _ => {}
        }
        // every range starting inside [lo, hi]
        loop {
            match self.have.range(lo..=hi).next().map(|(&s, &e)| (s, e)) {
                Some((s, e)) => {
                    self.have.remove(&s);
                    absorbed += e - s;
                    hi = hi.max(e);
                }
                None => break,
            }
        }
        self.have.insert(lo, hi);
        let fresh = (hi - lo) - absorbed;
        self.total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let (mut gaps, cursor) =
            self.have.iter().fold((Vec::new(), 0u64), |(mut gaps, cursor), (&s, &e)| {
                if s > cursor {
                    gaps.push(cursor..s);
                }
                (gaps, e)
            });
        if cursor < self.size {
            gaps.push(cursor..self.size);
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
