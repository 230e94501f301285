// learner: optimal
// idiom: logo teacher: BTreeMap start -> end of merged stretches, swallow the left neighbour then the stretches starting inside, running byte total
// why: neighbour lookups are O(log n) and each stored stretch is removed at most once: O(k log n), O(log n) amortised receive; missing walks the map once O(n); totals O(1)
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
    // How many bytes the whole file has.
    size: u64,
    // The received stretches: start byte -> end byte (end not included).
    // They never overlap and never touch: touching ones are glued together.
    received_stretches: BTreeMap<u64, u64>,
    // A running count, so we never have to add the stretches up again.
    bytes_received_so_far: u64,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { size, received_stretches: BTreeMap::new(), bytes_received_so_far: 0 }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        // Step 0: does the chunk fit at all? (Careful: offset + len can overflow.)
        let chunk_end = match offset.checked_add(len) {
            Some(end) if end <= self.size => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }

        let mut glued_start = offset;
        let mut glued_end = chunk_end;
        let mut bytes_we_already_had = 0;

        // Step 1: the stretch just to the LEFT (starting before us). Does it reach us?
        if let Some((&left_start, &left_end)) = self.received_stretches.range(..offset).next_back() {
            if left_end >= offset {
                self.received_stretches.remove(&left_start);
                bytes_we_already_had += left_end - left_start;
                glued_start = left_start;
                glued_end = glued_end.max(left_end);
            }
        }

        // Step 2: every stretch that starts inside (or right at the end of) our chunk.
        while let Some((&inner_start, &inner_end)) =
            self.received_stretches.range(glued_start..=glued_end).next()
        {
            self.received_stretches.remove(&inner_start);
            bytes_we_already_had += inner_end - inner_start;
            glued_end = glued_end.max(inner_end);
        }

        // Step 3: put back one big glued stretch and update the running count.
        self.received_stretches.insert(glued_start, glued_end);
        let new_bytes = (glued_end - glued_start) - bytes_we_already_had;
        self.bytes_received_so_far += new_bytes;
        Ok(new_bytes)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        // Walk from byte 0 to the end, stretch by stretch; every space between is a gap.
        let mut gaps = Vec::new();
        let mut walked_up_to = 0;
        for (&stretch_start, &stretch_end) in &self.received_stretches {
            if stretch_start > walked_up_to {
                gaps.push(walked_up_to..stretch_start);
            }
            walked_up_to = stretch_end;
        }
        if walked_up_to < self.size {
            gaps.push(walked_up_to..self.size);
        }
        gaps
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.bytes_received_so_far
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.bytes_received_so_far == self.size
    }
}
