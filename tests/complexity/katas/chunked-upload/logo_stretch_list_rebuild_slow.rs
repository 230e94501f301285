// learner: slow
// idiom: logo teacher: a Vec of named ReceivedStretch records kept in order, rebuilt by walking the whole list on every chunk
// why: misses receive O(k log n): every chunk walks and copies all n stored stretches into a new list, O(n) per chunk whatever k is
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// One stretch of bytes we already have: first_byte up to (not including) end_byte.
#[derive(Debug, Clone, Copy)]
struct ReceivedStretch {
    first_byte: u64,
    end_byte: u64,
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size_of_file: u64,
    // In order from the start of the file, never overlapping, never touching.
    stretches_in_order: Vec<ReceivedStretch>,
    bytes_in_hand: u64,
}

impl Upload {
    /// A new upload of `size` bytes with nothing received yet.
    pub fn new(size: u64) -> Self {
        Upload { size_of_file: size, stretches_in_order: Vec::new(), bytes_in_hand: 0 }
    }

    /// Records the chunk `offset..offset + len` and returns how many of its
    /// bytes had not been received before. A chunk that does not fit inside
    /// `0..size` is rejected with `OutOfBounds` and changes nothing.
    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let chunk_end = match offset.checked_add(len) {
            Some(end) if end <= self.size_of_file => end,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size_of_file }),
        };
        if len == 0 {
            return Ok(0);
        }
        // Walk the whole list once, building a new list:
        //   stretches entirely to the left are copied,
        //   stretches touching the chunk are glued into it,
        //   stretches entirely to the right are copied after the glued one.
        let mut new_list: Vec<ReceivedStretch> = Vec::new();
        let mut glued = ReceivedStretch { first_byte: offset, end_byte: chunk_end };
        let mut glued_is_placed = false;
        let mut bytes_already_had = 0;
        for stretch in &self.stretches_in_order {
            if stretch.end_byte < glued.first_byte {
                new_list.push(*stretch); // to the left, not touching
            } else if stretch.first_byte > glued.end_byte {
                if !glued_is_placed {
                    new_list.push(glued);
                    glued_is_placed = true;
                }
                new_list.push(*stretch); // to the right, not touching
            } else {
                // touching or overlapping: glue it in
                bytes_already_had += stretch.end_byte - stretch.first_byte;
                glued.first_byte = glued.first_byte.min(stretch.first_byte);
                glued.end_byte = glued.end_byte.max(stretch.end_byte);
            }
        }
        if !glued_is_placed {
            new_list.push(glued);
        }
        self.stretches_in_order = new_list;
        let new_bytes = (glued.end_byte - glued.first_byte) - bytes_already_had;
        self.bytes_in_hand += new_bytes;
        Ok(new_bytes)
    }

    /// The ranges still to be uploaded, in increasing order, maximal (two
    /// returned ranges never touch) and non-empty.
    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut position = 0;
        for stretch in &self.stretches_in_order {
            if position < stretch.first_byte {
                gaps.push(position..stretch.first_byte);
            }
            position = stretch.end_byte;
        }
        if position < self.size_of_file {
            gaps.push(position..self.size_of_file);
        }
        gaps
    }

    /// How many distinct bytes have arrived.
    pub fn received_bytes(&self) -> u64 {
        self.bytes_in_hand
    }

    /// Whether every byte has arrived.
    pub fn is_complete(&self) -> bool {
        self.bytes_in_hand == self.size_of_file
    }
}
