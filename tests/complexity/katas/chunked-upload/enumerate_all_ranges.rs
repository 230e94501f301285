// learner: slow
// idiom: Objective-C macOS veteran: an ordered BTreeMap start -> end, but receive enumerates every stored range (like fast-enumerating an NSArray) to collect the ones that touch the chunk, then removes them
// why: receive is O(n) per chunk (a full walk of all stored ranges, plus an O(k) scratch list) vs O(k log n), O(log n) amortised; missing O(n); received_bytes/is_complete O(1)
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
    totalSize: u64,
    receivedRanges: BTreeMap<u64, u64>,
    receivedByteCount: u64,
}

#[allow(non_snake_case)]
impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { totalSize: size, receivedRanges: BTreeMap::new(), receivedByteCount: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(end) if end <= self.totalSize => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.totalSize }),
        };
        if len == 0 {
            return Ok(0);
        }
        let mut touchingStarts = Vec::new();
        let mut mergedStart = offset;
        let mut mergedEnd = end;
        let mut alreadyHad = 0;
        for (&rangeStart, &rangeEnd) in &self.receivedRanges {
            if rangeStart <= end && offset <= rangeEnd {
                touchingStarts.push(rangeStart);
                alreadyHad += rangeEnd.min(end).saturating_sub(rangeStart.max(offset));
                mergedStart = mergedStart.min(rangeStart);
                mergedEnd = mergedEnd.max(rangeEnd);
            }
        }
        for rangeStart in touchingStarts {
            self.receivedRanges.remove(&rangeStart);
        }
        self.receivedRanges.insert(mergedStart, mergedEnd);
        let newlyReceived = len - alreadyHad;
        self.receivedByteCount += newlyReceived;
        Ok(newlyReceived)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0;
        for (&start, &end) in &self.receivedRanges {
            if start > cursor {
                gaps.push(cursor..start);
            }
            cursor = end;
        }
        if cursor < self.totalSize {
            gaps.push(cursor..self.totalSize);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.receivedByteCount
    }

    pub fn is_complete(&self) -> bool {
        self.receivedByteCount == self.totalSize
    }
}
