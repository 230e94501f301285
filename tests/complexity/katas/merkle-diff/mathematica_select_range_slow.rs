// learner: slow
// idiom: Mathematica / Wolfram Language user: Select[Range[n], leavesA[[#]] != leavesB[[#]] &] over the leaf digests, then Split into runs
// why: misses diff's O(d log n): it compares every leaf digest, O(n) comparisons even when only one block (or none but the root) differs

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
/// different first byte for leaves and nodes. (Provided.)
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

/// A Merkle tree: levels[0] = leaves, last level = [root].
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels = vec![blocks.iter().map(|b| H::leaf(b)).collect::<Vec<_>>()];
        while levels.last().map_or(false, |l| l.len() > 1) {
            let below = levels.last().unwrap();
            let up = below.chunks(2).map(|c| if c.len() == 2 { H::node(c[0], c[1]) } else { c[0] }).collect();
            levels.push(up);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|l| l.first()).copied()
    }

    /// The increasing, maximal ranges of block indices whose leaves differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch: {} vs {}", self.len(), other.len());
        let (mine, theirs) = (&self.levels[0], &other.levels[0]);
        let changed: Vec<usize> = (0..mine.len()).filter(|&i| mine[i] != theirs[i]).collect();
        // Split[changed, #2 == #1 + 1 &]
        let mut runs: Vec<Range<usize>> = Vec::new();
        for i in changed {
            match runs.last_mut() {
                Some(r) if r.end == i => r.end += 1,
                _ => runs.push(i..i + 1),
            }
        }
        runs
    }
}
