// learner: optimal
// idiom: Solidity smart-contract developer: mapping(start => end) in a BTreeMap, revert-first bounds check with a custom error, a manual absorb loop that deletes swallowed entries one by one and tracks a running "covered" tally
//! Tracks which byte ranges of a resumable upload have arrived.

#![allow(non_snake_case)]
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeMap;

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    /// start => end (exclusive); disjoint and never touching
    received: BTreeMap<u64, u64>,
    totalReceived: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, received: BTreeMap::new(), totalReceived: 0 }
    }

    /// @return number of bytes in the chunk that were not stored before
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut newStart = offset;
        let mut newEnd = end;
        let mut covered: u64 = 0;

        // the range starting at or before `offset` may overlap or touch us
        if let Some((&s, &e)) = self.received.range(..=offset).next_back() {
            if e >= offset {
                covered += e.min(end).saturating_sub(offset);
                newStart = s;
                newEnd = newEnd.max(e);
                self.received.remove(&s);
            }
        }
        // every range starting inside (or right at the end of) the chunk gets absorbed
        loop {
            let next = self.received.range(offset..).next().map(|(&s, &e)| (s, e));
            match next {
                Some((s, e)) if s <= end => {
                    covered += e.min(end) - s;
                    newEnd = newEnd.max(e);
                    self.received.remove(&s);
                }
                _ => break,
            }
        }
        self.received.insert(newStart, newEnd);
        let added = len - covered;
        self.totalReceived += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps: Vec<Range<u64>> = Vec::new();
        let mut cursor: u64 = 0;
        for (&s, &e) in self.received.iter() {
            if s > cursor {
                gaps.push(cursor..s);
            }
            cursor = e;
        }
        if cursor < self.size {
            gaps.push(cursor..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.totalReceived
    }

    pub fn is_complete(&self) -> bool {
        self.totalReceived == self.size
    }
}
