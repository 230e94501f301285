// learner: optimal
// idiom: Elm-style: AtomicBool flag + UnsafeCell<Option<T>>, small total helpers (read_ready), match on Option everywhere, PoisonError::into_inner
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

pub struct OnceCell<T> {
    ready: AtomicBool,
    writer: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written only while holding `writer` and only while `ready`
// is false; after `ready` is stored (Release) it is never written again, and
// readers look at it only after loading `ready == true` (Acquire). Sharing &T
// across threads needs T: Sync, and the value may be dropped by another
// thread than the one that created it, so T: Send.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), writer: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    fn read_ready(&self) -> Option<&T> {
        // SAFETY: called only after observing ready == true with Acquire.
        unsafe { (*self.slot.get()).as_ref() }
    }

    pub fn get(&self) -> Option<&T> {
        match self.ready.load(Ordering::Acquire) {
            true => self.read_ready(),
            false => None,
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _guard = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        match self.ready.load(Ordering::Acquire) {
            true => {}
            false => {
                let value = init();
                // SAFETY: we hold the lock and ready is false: no reader looks at slot.
                unsafe { *self.slot.get() = Some(value) };
                self.ready.store(true, Ordering::Release);
            }
        }
        match self.read_ready() {
            Some(v) => v,
            None => unreachable!("ready cell without a value"),
        }
    }

    pub fn into_inner(self) -> Option<T> {
        self.slot.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match taken {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
