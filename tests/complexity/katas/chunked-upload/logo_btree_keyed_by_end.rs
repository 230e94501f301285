// learner: optimal
// idiom: logo teacher: BTreeMap keyed by END byte -> start byte, walk forward from the first stretch ending at or after the chunk start
// why: the first candidate is found in O(log n); every stretch it glues is removed once, O(log n) each: O(k log n), O(log n) amortised; missing O(n); totals O(1)
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
    file_size: u64,
    // Turned around on purpose: END of a received stretch -> its START.
    // The stretches that can touch a chunk a..b are those ending at or after a,
    // and they come out of this map in order, nearest first.
    stretch_start_by_end: BTreeMap<u64, u64>,
    received_count: u64,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { file_size: size, stretch_start_by_end: BTreeMap::new(), received_count: 0 }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let fits = offset.checked_add(len).filter(|&end| end <= self.file_size);
        let Some(chunk_end) = fits else {
            return Err(UploadError::OutOfBounds { offset, len, size: self.file_size });
        };
        if len == 0 {
            return Ok(0);
        }

        let mut new_start = offset;
        let mut new_end = chunk_end;
        let mut old_bytes_inside = 0u64;

        // Step along the stretches that end at or after our start.
        // The first one that starts after our end is too far right: stop there.
        while let Some((&stretch_end, &stretch_start)) =
            self.stretch_start_by_end.range(new_start..).next()
        {
            if stretch_start > new_end {
                break;
            }
            self.stretch_start_by_end.remove(&stretch_end);
            old_bytes_inside += stretch_end - stretch_start;
            new_start = new_start.min(stretch_start);
            new_end = new_end.max(stretch_end);
        }

        self.stretch_start_by_end.insert(new_end, new_start);
        let newly_received = (new_end - new_start) - old_bytes_inside;
        self.received_count += newly_received;
        Ok(newly_received)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut still_missing = Vec::new();
        let mut next_unknown_byte = 0;
        for (&stretch_end, &stretch_start) in self.stretch_start_by_end.iter() {
            if next_unknown_byte < stretch_start {
                still_missing.push(next_unknown_byte..stretch_start);
            }
            next_unknown_byte = stretch_end;
        }
        if next_unknown_byte < self.file_size {
            still_missing.push(next_unknown_byte..self.file_size);
        }
        still_missing
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.received_count
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.received_count == self.file_size
    }
}
