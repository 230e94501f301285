// learner: optimal
// idiom: hint-style BTreeMap<start, end>, left neighbour via range(..a).next_back(), swallow loop, gaps via a fold over the map
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
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeMap::new(), total: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, end);
        let mut already = 0;
        if let Some((&s, &e)) = self.have.range(..a).next_back() {
            if e >= a {
                self.have.remove(&s);
                already += e - s;
                a = s;
                b = b.max(e);
            }
        }
        while let Some((&s, &e)) = self.have.range(a..=b).next() {
            self.have.remove(&s);
            already += e - s;
            b = b.max(e);
        }
        self.have.insert(a, b);
        let fresh = (b - a) - already;
        self.total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let (mut gaps, cursor) = self.have.iter().fold((Vec::new(), 0u64), |(mut gaps, cursor), (&s, &e)| {
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
