// learner: slow
// why: Upload::receive is O(n) time|space, target O(k log n) / O(1): it filters every stored span to find the ones the chunk overlaps or touches, collecting them first
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
    received: u64,
    spans: BTreeMap<u64, u64>,
}

fn span_len((start, end): (u64, u64)) -> u64 {
    end - start
}

/// The chunk's end, when the chunk fits inside `0..size`.
fn fitting_end(offset: u64, len: u64, size: u64) -> Option<u64> {
    offset.checked_add(len).filter(|&end| end <= size)
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Self { size, received: 0, spans: BTreeMap::new() }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = fitting_end(offset, len, self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let touched: Vec<(u64, u64)> = self
            .spans
            .iter()
            .map(|(&s, &e)| (s, e))
            .filter(|&(s, e)| s <= end && e >= offset)
            .collect();
        let (lo, hi, old) = touched.iter().fold((offset, end, 0u64), |(lo, hi, old), &span| {
            self.spans.remove(&span.0);
            (lo.min(span.0), hi.max(span.1), old + span_len(span))
        });
        self.spans.insert(lo, hi);
        let fresh = span_len((lo, hi)) - old;
        self.received += fresh;
        Ok(fresh)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let (mut gaps, last) = self.spans.iter().fold((Vec::new(), 0u64), |(mut gaps, from), (&s, &e)| {
            if from < s {
                gaps.push(from..s);
            }
            (gaps, e)
        });
        if last < self.size {
            gaps.push(last..self.size);
        }
        gaps
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
