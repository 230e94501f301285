// learner: optimal
// idiom: over-engineered: SlotKey newtype with derived Ord, generic OrderedRegistry<T: Named> module, Stages iterator struct implementing Iterator, IntoPipelineError extension trait
use std::collections::BTreeMap;
use std::fmt;

pub type Record = BTreeMap<String, String>;

pub trait Transform {
    fn name(&self) -> &str;
    fn apply(&self, record: &mut Record) -> Result<(), String>;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    pub plugin: String,
    pub position: usize,
    pub message: String,
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "plugin #{} `{}` failed: {}", self.position, self.plugin, self.message)
    }
}

impl std::error::Error for PipelineError {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    DuplicateName(String),
}

mod registry {
    use std::collections::{BTreeMap, HashMap};

    /// Execution key: ascending order, ties by registration sequence.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct SlotKey {
        order: i32,
        seq: u64,
    }

    pub trait Named {
        fn key_name(&self) -> &str;
    }

    pub struct OrderedRegistry<T: Named> {
        by_key: BTreeMap<SlotKey, T>,
        by_name: HashMap<String, SlotKey>,
        next_seq: u64,
    }

    impl<T: Named> Default for OrderedRegistry<T> {
        fn default() -> Self {
            OrderedRegistry { by_key: BTreeMap::new(), by_name: HashMap::new(), next_seq: 0 }
        }
    }

    impl<T: Named> OrderedRegistry<T> {
        pub fn len(&self) -> usize {
            self.by_key.len()
        }

        /// Inserts unless the name is taken; gives the item back on a clash.
        pub fn try_insert(&mut self, order: i32, item: T) -> Result<SlotKey, T> {
            if self.by_name.contains_key(item.key_name()) {
                return Err(item);
            }
            let key = SlotKey { order, seq: self.next_seq };
            self.next_seq += 1;
            self.by_name.insert(item.key_name().to_owned(), key);
            self.by_key.insert(key, item);
            Ok(key)
        }

        pub fn take(&mut self, name: &str) -> Option<T> {
            let key = self.by_name.remove(name)?;
            self.by_key.remove(&key)
        }

        pub fn stages(&self) -> Stages<'_, T> {
            Stages { inner: self.by_key.values().enumerate() }
        }
    }

    /// (position, item) in execution order.
    pub struct Stages<'a, T> {
        inner: std::iter::Enumerate<std::collections::btree_map::Values<'a, SlotKey, T>>,
    }

    impl<'a, T> Iterator for Stages<'a, T> {
        type Item = (usize, &'a T);
        fn next(&mut self) -> Option<Self::Item> {
            self.inner.next()
        }
        fn size_hint(&self) -> (usize, Option<usize>) {
            self.inner.size_hint()
        }
    }
}

use registry::{Named, OrderedRegistry};

struct Plugin(Box<dyn Transform>);

impl Named for Plugin {
    fn key_name(&self) -> &str {
        self.0.name()
    }
}

trait IntoPipelineError<T> {
    fn at_stage(self, plugin: &dyn Transform, position: usize) -> Result<T, PipelineError>;
}

impl<T> IntoPipelineError<T> for Result<T, String> {
    fn at_stage(self, plugin: &dyn Transform, position: usize) -> Result<T, PipelineError> {
        self.map_err(|message| PipelineError { plugin: plugin.name().to_owned(), position, message })
    }
}

#[derive(Default)]
pub struct Pipeline {
    plugins: OrderedRegistry<Plugin>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn register(&mut self, order: i32, plugin: Box<dyn Transform>) -> Result<(), RegisterError> {
        self.plugins
            .try_insert(order, Plugin(plugin))
            .map(|_| ())
            .map_err(|rejected| RegisterError::DuplicateName(rejected.0.name().to_owned()))
    }

    pub fn remove(&mut self, name: &str) -> bool {
        self.plugins.take(name).is_some()
    }

    pub fn names(&self) -> Vec<&str> {
        self.plugins.stages().map(|(_, p)| p.0.name()).collect()
    }

    pub fn run(&self, record: Record) -> Result<Record, PipelineError> {
        self.plugins.stages().try_fold(record, |mut rec, (position, plugin)| {
            plugin.0.apply(&mut rec).at_stage(plugin.0.as_ref(), position)?;
            Ok(rec)
        })
    }
}
