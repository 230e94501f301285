// learner: optimal
// idiom: Objective-C macOS veteran: a ByteSpan value type ordered by its start kept in a BTreeSet (like an NSOrderedSet of value objects), overlap computed by a method on the span, gaps via iterator zip of ends with next starts
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

use std::collections::BTreeSet;

/// A half-open span of received bytes, ordered by where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct ByteSpan {
    start: u64,
    end: u64,
}

impl ByteSpan {
    fn overlapWith(&self, other: &ByteSpan) -> u64 {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }

    fn touches(&self, other: &ByteSpan) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    expectedSize: u64,
    spans: BTreeSet<ByteSpan>,
    bytesOnHand: u64,
}

#[allow(non_snake_case)]
impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { expectedSize: size, spans: BTreeSet::new(), bytesOnHand: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let outOfBounds = UploadError::OutOfBounds { offset, len, size: self.expectedSize };
        let end = offset.checked_add(len).filter(|&end| end <= self.expectedSize).ok_or(outOfBounds)?;
        if len == 0 {
            return Ok(0);
        }
        let incoming = ByteSpan { start: offset, end };
        let mut merged = incoming;
        let mut duplicateBytes = 0;

        let predecessor = self.spans.range(..=ByteSpan { start: offset, end: u64::MAX }).next_back().copied();
        if let Some(earlier) = predecessor.filter(|span| span.touches(&incoming)) {
            duplicateBytes += earlier.overlapWith(&incoming);
            merged = ByteSpan { start: earlier.start, end: merged.end.max(earlier.end) };
            self.spans.remove(&earlier);
        }
        loop {
            let lowerBound = ByteSpan { start: merged.start, end: 0 };
            let follower = self.spans.range(lowerBound..).next().copied();
            match follower {
                Some(later) if later.touches(&merged) => {
                    duplicateBytes += later.overlapWith(&incoming);
                    merged.end = merged.end.max(later.end);
                    self.spans.remove(&later);
                }
                _ => break,
            }
        }
        self.spans.insert(merged);
        let freshBytes = len - duplicateBytes;
        self.bytesOnHand += freshBytes;
        Ok(freshBytes)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let gapStarts = std::iter::once(0).chain(self.spans.iter().map(|span| span.end));
        let gapEnds = self.spans.iter().map(|span| span.start).chain(std::iter::once(self.expectedSize));
        gapStarts.zip(gapEnds).filter(|(start, end)| start < end).map(|(start, end)| start..end).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.bytesOnHand
    }

    pub fn is_complete(&self) -> bool {
        self.bytesOnHand == self.expectedSize
    }
}
