// learner: optimal
// idiom: builds its own `Once` primitive (AtomicBool + Mutex, double-checked) like std does, then OnceCell on top — fast path is one Acquire load
use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// Runs a closure to completion at most once; a panicking closure leaves it not done.
struct Once {
    done: AtomicBool,
    lock: Mutex<()>,
}

impl Once {
    const fn new() -> Once {
        Once { done: AtomicBool::new(false), lock: Mutex::new(()) }
    }

    fn is_completed(&self) -> bool {
        self.done.load(Ordering::Acquire)
    }

    fn call_once(&self, f: impl FnOnce()) {
        if self.is_completed() {
            return;
        }
        let _guard = self.lock.lock().unwrap_or_else(PoisonError::into_inner);
        if self.done.load(Ordering::Relaxed) {
            return;
        }
        f();
        self.done.store(true, Ordering::Release);
    }
}

pub struct OnceCell<T> {
    once: Once,
    value: UnsafeCell<Option<T>>,
}

// SAFETY: `value` is written only inside `Once::call_once`, under its mutex and before
// `done` is published with Release; it is read only after an Acquire load saw `done`.
// T: Send because the value may be created on one thread and dropped on another.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { once: Once::new(), value: UnsafeCell::new(None) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.once.is_completed() {
            // SAFETY: completed, so `value` is written and never written again.
            unsafe { (*self.value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        self.once.call_once(|| {
            let v = init();
            // SAFETY: we hold the Once's mutex and it is not completed: no reader exists.
            unsafe { *self.value.get() = Some(v) };
        });
        self.get().expect("initialised above")
    }

    pub fn into_inner(self) -> Option<T> {
        self.value.into_inner()
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
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
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
