// learner: optimal
// idiom: small pure helpers (bounds check, span length), overlapped ranges drained lazily with iter::from_fn and summed with a fold, missing() as a fold over the map
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

    /// Removes and returns the stored span that starts before `at` and reaches it, if any.
    fn take_left(&mut self, at: u64) -> Option<(u64, u64)> {
        let (&s, &e) = self.spans.range(..at).next_back().filter(|(_, &e)| e >= at)?;
        self.spans.remove(&s);
        Some((s, e))
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
        let left = self.take_left(offset);
        let spans = &mut self.spans;
        let inside = std::iter::from_fn(|| {
            let (&s, &e) = spans.range(offset..=end).next()?;
            spans.remove(&s);
            Some((s, e))
        });
        let (lo, hi, old) = left.into_iter().chain(inside).fold(
            (offset, end, 0u64),
            |(lo, hi, old), span| (lo.min(span.0), hi.max(span.1), old + span_len(span)),
        );
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
