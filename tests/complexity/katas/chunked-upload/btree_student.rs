// learner: optimal
// idiom: Rust-book student: BTreeMap<start, end>, explicit types, while loop with match on range().next()
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
    ranges: BTreeMap<u64, u64>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        let ranges: BTreeMap<u64, u64> = BTreeMap::new();
        Upload {
            size: size,
            ranges: ranges,
            total: 0,
        }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end: u64 = match offset.checked_add(len) {
            Some(e) => e,
            None => {
                return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
            }
        };
        if end > self.size {
            return Err(UploadError::OutOfBounds { offset: offset, len: len, size: self.size });
        }
        if len == 0 {
            return Ok(0);
        }

        let mut start: u64 = offset;
        let mut stop: u64 = end;
        let mut removed: u64 = 0;

        // a range that starts before `offset` and reaches it
        let before: Option<(u64, u64)> = match self.ranges.range(..offset).next_back() {
            Some((s, e)) => Some((*s, *e)),
            None => None,
        };
        match before {
            Some((s, e)) => {
                if e >= offset {
                    self.ranges.remove(&s);
                    removed = removed + (e - s);
                    start = s;
                    if e > stop {
                        stop = e;
                    }
                }
            }
            None => {}
        }

        // ranges starting inside offset..=stop
        loop {
            let next: Option<(u64, u64)> = match self.ranges.range(offset..=stop).next() {
                Some((s, e)) => Some((*s, *e)),
                None => None,
            };
            match next {
                Some((s, e)) => {
                    self.ranges.remove(&s);
                    removed = removed + (e - s);
                    if e > stop {
                        stop = e;
                    }
                }
                None => break,
            }
        }

        self.ranges.insert(start, stop);
        let added: u64 = (stop - start) - removed;
        self.total = self.total + added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps: Vec<Range<u64>> = Vec::with_capacity(self.ranges.len() + 1);
        let mut cursor: u64 = 0;
        for (s, e) in self.ranges.iter() {
            if *s > cursor {
                gaps.push(cursor..*s);
            }
            cursor = *e;
        }
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
