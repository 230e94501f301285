// learner: optimal
// idiom: Solidity smart-contract developer: tracks the GAPS instead of the received ranges (like a free-list of unallocated slots), each chunk carves gaps up; missing() just reads the free-list
//! Tracks which byte ranges of a resumable upload have arrived.

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
    /// gap start => gap end (exclusive): the bytes still owed by the client
    gaps: BTreeMap<u64, u64>,
    missing_total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        let mut gaps = BTreeMap::new();
        if size > 0 {
            gaps.insert(0, size);
        }
        Upload { size, gaps, missing_total: size }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset.checked_add(len);
        if end.is_none() || end.unwrap() > self.size {
            return Err(UploadError::OutOfBounds { offset, len, size: self.size });
        }
        let end = end.unwrap();
        let mut filled: u64 = 0;

        // the gap that starts before `offset` may reach into the chunk
        let left = self.gaps.range(..offset).next_back().map(|(&s, &e)| (s, e));
        if let Some((gs, ge)) = left {
            if ge > offset {
                // keep gs..offset, maybe end..ge
                self.gaps.insert(gs, offset);
                if ge > end {
                    self.gaps.insert(end, ge);
                    filled += end - offset;
                } else {
                    filled += ge - offset;
                }
            }
        }
        // gaps that start inside the chunk
        while let Some((&gs, &ge)) = self.gaps.range(offset..end).next() {
            self.gaps.remove(&gs);
            if ge > end {
                self.gaps.insert(end, ge);
                filled += end - gs;
            } else {
                filled += ge - gs;
            }
        }
        self.missing_total -= filled;
        Ok(filled)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        self.gaps.iter().map(|(&s, &e)| s..e).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.size - self.missing_total
    }

    pub fn is_complete(&self) -> bool {
        self.missing_total == 0
    }
}
