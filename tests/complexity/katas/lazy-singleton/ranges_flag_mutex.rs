// learner: optimal
// idiom: C++20-ranges fan: generic lock helper, AtomicBool + Mutex<()> + UnsafeCell<Option<T>>, Option combinators
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Generic "lock even if poisoned" adaptor, like a std::scoped_lock wrapper.
fn lock_any<G>(m: &Mutex<G>) -> MutexGuard<'_, G> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct OnceCell<T> {
    ready: AtomicBool,
    gate: Mutex<()>,
    slot: UnsafeCell<Option<T>>,
}

// SAFETY: `slot` is written only while `gate` is held and `ready` is false;
// after `ready` is published with Release it is only ever read.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { ready: AtomicBool::new(false), gate: Mutex::new(()), slot: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        self.ready
            .load(Ordering::Acquire)
            .then(|| unsafe { (*self.slot.get()).as_ref() })
            .flatten()
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let _guard = lock_any(&self.gate);
        if let Some(v) = self.get() {
            return v;
        }
        let value = init();
        // SAFETY: we hold the gate and nobody has published yet.
        unsafe { *self.slot.get() = Some(value) };
        self.ready.store(true, Ordering::Release);
        self.get().expect("just published")
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
            let f = lock_any(&this.init).take();
            f.map(|f| f()).unwrap_or_else(|| panic!("Lazy instance has previously been poisoned"))
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
