// learner: optimal
// idiom: VB.NET style: one flat digest array with level start offsets, explicit While loops, recursive descent helper with verbose parameters
use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    all_digests: Vec<H::Digest>,
    level_start_offsets: Vec<usize>,
    level_lengths: Vec<usize>,
    number_of_blocks: usize,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let number_of_blocks = blocks.len();
        let mut all_digests: Vec<H::Digest> = Vec::with_capacity(2 * number_of_blocks + 1);
        let mut level_start_offsets: Vec<usize> = Vec::new();
        let mut level_lengths: Vec<usize> = Vec::new();
        let mut block_index: usize = 0;
        while block_index < number_of_blocks {
            all_digests.push(H::leaf(blocks[block_index]));
            block_index += 1;
        }
        if number_of_blocks > 0 {
            level_start_offsets.push(0);
            level_lengths.push(number_of_blocks);
        }
        let mut current_level_start: usize = 0;
        let mut current_level_length: usize = number_of_blocks;
        while current_level_length > 1 {
            let next_level_start = all_digests.len();
            let mut pair_index: usize = 0;
            while pair_index < current_level_length {
                let left_digest = all_digests[current_level_start + pair_index];
                if pair_index + 1 < current_level_length {
                    let right_digest = all_digests[current_level_start + pair_index + 1];
                    all_digests.push(H::node(left_digest, right_digest));
                } else {
                    all_digests.push(left_digest);
                }
                pair_index += 2;
            }
            current_level_start = next_level_start;
            current_level_length = all_digests.len() - next_level_start;
            level_start_offsets.push(current_level_start);
            level_lengths.push(current_level_length);
        }
        MerkleTree { all_digests, level_start_offsets, level_lengths, number_of_blocks, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.number_of_blocks
    }

    pub fn is_empty(&self) -> bool {
        self.number_of_blocks == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.number_of_blocks == 0 {
            return None;
        }
        let top_level_number = self.level_start_offsets.len() - 1;
        Some(self.all_digests[self.level_start_offsets[top_level_number]])
    }

    fn descend_into(&self, other_tree: &Self, level_number: usize, node_index: usize, found_ranges: &mut Vec<Range<usize>>) {
        let position = self.level_start_offsets[level_number] + node_index;
        if self.all_digests[position] == other_tree.all_digests[position] {
            return;
        }
        if level_number == 0 {
            let mut extended_last_range = false;
            if let Some(last_range) = found_ranges.last_mut() {
                if last_range.end == node_index {
                    last_range.end = node_index + 1;
                    extended_last_range = true;
                }
            }
            if !extended_last_range {
                found_ranges.push(node_index..node_index + 1);
            }
            return;
        }
        let child_level_number = level_number - 1;
        let left_child_index = 2 * node_index;
        let right_child_index = 2 * node_index + 1;
        self.descend_into(other_tree, child_level_number, left_child_index, found_ranges);
        if right_child_index < self.level_lengths[child_level_number] {
            self.descend_into(other_tree, child_level_number, right_child_index, found_ranges);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.number_of_blocks != other.number_of_blocks {
            panic!("cannot diff trees of different length ({} vs {})", self.number_of_blocks, other.number_of_blocks);
        }
        let mut found_ranges: Vec<Range<usize>> = Vec::new();
        if self.number_of_blocks == 0 {
            return found_ranges;
        }
        let top_level_number = self.level_start_offsets.len() - 1;
        self.descend_into(other, top_level_number, 0, &mut found_ranges);
        found_ranges
    }
}
