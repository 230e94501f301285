// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): compares the two leaf arrays index by index instead of descending from the root
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
    tree_levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut leaf_digests: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for current_block in blocks {
            leaf_digests.push(H::leaf(current_block));
        }
        let mut tree_levels: Vec<Vec<H::Digest>> = Vec::new();
        tree_levels.push(leaf_digests);
        loop {
            let last_level = &tree_levels[tree_levels.len() - 1];
            if last_level.len() <= 1 {
                break;
            }
            let mut next_level: Vec<H::Digest> = Vec::with_capacity((last_level.len() + 1) / 2);
            let mut node_counter: usize = 0;
            while node_counter < last_level.len() {
                if node_counter + 1 < last_level.len() {
                    next_level.push(H::node(last_level[node_counter], last_level[node_counter + 1]));
                } else {
                    next_level.push(last_level[node_counter]);
                }
                node_counter += 2;
            }
            tree_levels.push(next_level);
        }
        MerkleTree { tree_levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.tree_levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.tree_levels[0].len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let top_level = &self.tree_levels[self.tree_levels.len() - 1];
        if top_level.len() == 0 {
            return None;
        }
        Some(top_level[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let my_leaves = &self.tree_levels[0];
        let other_leaves = &other.tree_levels[0];
        if my_leaves.len() != other_leaves.len() {
            panic!("the trees have a different length");
        }
        let mut differing_ranges: Vec<Range<usize>> = Vec::new();
        let mut leaf_index: usize = 0;
        while leaf_index < my_leaves.len() {
            if my_leaves[leaf_index] != other_leaves[leaf_index] {
                let range_count = differing_ranges.len();
                if range_count > 0 && differing_ranges[range_count - 1].end == leaf_index {
                    differing_ranges[range_count - 1].end = leaf_index + 1;
                } else {
                    differing_ranges.push(leaf_index..leaf_index + 1);
                }
            }
            leaf_index += 1;
        }
        differing_ranges
    }
}
