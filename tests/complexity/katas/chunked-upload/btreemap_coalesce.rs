// learner: optimal
// idiom: Objective-C macOS veteran: a BTreeMap start -> end (like an NSMutableIndexSet of byte ranges), coalesce with the predecessor then absorb followers one by one, running received total, descriptive helpers
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

    fn chunkEnd(&self, offset: u64, len: u64) -> Result<u64, UploadError> {
        match offset.checked_add(len) {
            Some(end) if end <= self.totalSize => Ok(end),
            _ => Err(UploadError::OutOfBounds { offset, len, size: self.totalSize }),
        }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = self.chunkEnd(offset, len)?;
        if len == 0 {
            return Ok(0);
        }
        let mut mergedStart = offset;
        let mut mergedEnd = end;
        let mut alreadyHad = 0;

        // A range starting before the chunk that reaches into (or touches) it.
        if let Some((&previousStart, &previousEnd)) = self.receivedRanges.range(..=offset).next_back() {
            if previousEnd >= offset {
                mergedStart = previousStart;
                mergedEnd = mergedEnd.max(previousEnd);
                alreadyHad += previousEnd.min(end).saturating_sub(offset);
                self.receivedRanges.remove(&previousStart);
            }
        }
        // Ranges starting inside (or right at the end of) the merged range.
        while let Some((&followerStart, &followerEnd)) = self.receivedRanges.range(mergedStart..=mergedEnd).next() {
            alreadyHad += followerEnd.min(end).saturating_sub(followerStart.max(offset));
            mergedEnd = mergedEnd.max(followerEnd);
            self.receivedRanges.remove(&followerStart);
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
