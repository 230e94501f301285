// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): MATLAB habit `find(a ~= b)` over the leaf arrays with an index loop, ignoring the tree
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
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if !blocks.is_empty() {
            levels.push(blocks.iter().map(|b| H::leaf(b)).collect());
            loop {
                let below = &levels[levels.len() - 1];
                if below.len() <= 1 {
                    break;
                }
                let mut above = Vec::with_capacity((below.len() + 1) / 2);
                let mut j = 0;
                while j < below.len() {
                    if j + 1 < below.len() {
                        above.push(H::node(below[j], below[j + 1]));
                    } else {
                        above.push(below[j]);
                    }
                    j += 2;
                }
                levels.push(above);
            }
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        if self.levels.is_empty() { 0 } else { self.levels[0].len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let n = self.len();
        if n != other.len() {
            panic!("length mismatch: {} vs {}", n, other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut i = 0;
        while i < n {
            if self.levels[0][i] != other.levels[0][i] {
                let start = i;
                while i < n && self.levels[0][i] != other.levels[0][i] {
                    i += 1;
                }
                out.push(start..i);
            } else {
                i += 1;
            }
        }
        out
    }
}
