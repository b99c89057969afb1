<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Diagnosis</name>
    <message>
        <source>Gradients vanish on the way back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient norm falls from %1 at %2 to %3 at %4: about %5x smaller per layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient norm falls from %1 at %2 to exactly 0 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the units of %2 are saturated, where the slope is almost 0, so the gradient dies there on its way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the units of %2 are dead ReLUs that pass no gradient back, so the layers below them get almost none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation measured at %1, so not saturation: %2&apos;s slope is at most %3 and the weights are small (about %4 each), so each layer shrinks the gradient about %5x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation measured at %1 and dead units at %2, so neither is the cause: the weights are small (about %3 each), so each layer shrinks the gradient about %4x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploding gradients at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient norm grows from %1 at %2 to %3 at %4: about %5x larger per layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient norm of %1 grew from %2 at the start to %3 by step %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient norm of %1 is %2, where a healthy run stays near 1 or below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of %1 are large (each layer multiplies the signal about %2x), so every layer multiplies the gradient on its way back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights are of ordinary size (a gain of about %1 per layer) but the inputs are not normalised, and large inputs make large gradients in the first layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights are of ordinary size (a gain of about %1 per layer) and the inputs are scaled, so the likely cause is a learning rate of %2 whose steps overshoot and grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: Inf/NaN at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1 the outputs of %2 became Inf or NaN in the forward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1 the outputs of %2 reached %3, so large that the loss overflowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1 the gradient of %2 became Inf or NaN in the backward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At step %1 the weights of %2 overflowed to Inf or NaN in the weight update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss grew about %1x per step before it overflowed, because the learning rate %2 is above %3, the largest at which gradient descent on these inputs is stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss grew about %1x per step before it overflowed, so each step overshot further than the last: the learning rate %2 is too high for this model and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss did not grow steadily before, but the inputs are far from normalised (%1 has values around %2), so the first layer&apos;s outputs and gradients are huge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss did not grow steadily before (about %1x per step), so a single step jumped too far: at learning rate %2 an occasional large gradient is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate %1 is too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this linear model with mean squared error the curvature is about %1 (2 x (the inputs&apos; mean squares + 1)), so gradient descent is stable only below a learning rate of %2, and it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss grew about %1x per step until it became Inf/NaN at step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run became Inf/NaN at step %1, after only a few steps at learning rate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training loss went down to %1 and has climbed back to %2 since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is %1 and jumps between %2 and %3 over the run, worse than the %4 that guessing gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step changes the weights of %1 by %2 of their size (about 0.1% is usual), and the loss is not falling: %3 at the start, %4 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs are not normalised (%1 has mean %2 and %3 has mean %4), which makes the curvature large; z-scored inputs would bring it to about %5 and allow a learning rate up to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input %1 is not normalised (mean %2), which makes the curvature large; a z-scored input would bring it to about %3 and allow a learning rate up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs are scaled, so the step itself is too long: each step overshoots the minimum and lands about %1x as far away on the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loss that grows or jumps instead of falling means the steps overshoot the minimum: the learning rate %1 is too large for %2 on this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate %1 is too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step changes the weights by at most %1 of their size (about 0.001 is usual), and the loss only went from %2 to %3 in %4 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient is not what is small (%1 at %2): the steps are tiny because the learning rate %3 is, so training would take hundreds of times longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead ReLU units in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the units of %2 output 0 for every sample, in each of the last %3 measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts from a %2 initialisation that multiplies its inputs about %3x, so many units start so far below 0 that they never output anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early steps changed the weights by %1 of their size (learning rate %2), large enough to push units below 0 for every input, where they get no gradient to recover; the %3 initialisation is ordinary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 initialisation and the steps (%2 of the weights&apos; size) are ordinary, but the inputs are not normalised, so large inputs pushed units below 0 for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ReLU that outputs 0 for every input gets no gradient and never recovers; the %1 initialisation and the steps (%2 of the weights&apos; size) look ordinary, so it happened during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated units in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the units of %2 sit within %3 of the limits of %4, where its slope is almost 0, in each of the last %5 measurements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts from a %2 initialisation of scale %3: with %4 inputs per unit it multiplies them about %5x, far past where %6 flattens, so the units start saturated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 initialisation is ordinary, but the inputs are not normalised, and large inputs drive %2 into its flat ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of %1 grew during training until each unit multiplies its inputs about %2x; the %3 initialisation started them small, so steps at learning rate %4 are the likely cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 initialisation, the inputs and the weights&apos; size (a gain of %2 per layer) look ordinary, so the units drifted into their flat ends during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs are not normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 has a standard deviation of %2 and feature %3 only %4: %5 times apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 has mean %2 but a standard deviation of only %3, so its values sit far from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features sit far from zero: %2, for one, has mean %3 but a standard deviation of only %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 has a standard deviation of %2, so the first layer sees large values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pixels range from %1 to %2 instead of 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No normalisation is set, so the largest feature decides how large a learning rate can be while the others learn slowly; z-score gives every feature mean 0 and standard deviation 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is stuck at chance level (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss has stayed at %1 for the last %2 steps, the chance level ln(%3) = %4, and the accuracy is %5, what guessing gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss has stayed at %1 for the last %2 steps, the chance level ln(%3) = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradients vanish before they reach the first layers (see that finding), so the net cannot learn anything from the inputs and only predicts how common each class is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most ReLU units are dead (see that finding), so too little of the input reaches the output to tell the classes apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units are saturated (see that finding), so they pass almost no gradient back and the net cannot leave its first guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps are too small to leave the starting point (see the learning-rate finding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss does not fit the output layer (see that finding), so the gradients do not lead towards better predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight of %1 starts at the same value (%2 initialisation), so all its units compute the same thing and get the same gradient: they can never become different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradient problem was measured (nothing vanishes or explodes, no units are dead or saturated), so the learning rate %1 or the model&apos;s size is the likely cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting: the validation loss rises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation loss rose from %1 at epoch %2 to %3 at epoch %4, while the training loss fell from %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap between validation and training loss widened from %1 to %2: the model memorises its training samples instead of the pattern, and since the training loss still falls it is not the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underfitting: the model stopped improving too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 epochs the training accuracy is stuck at %2 (validation %3) and the training loss at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 epochs the model explains only %2 of the targets&apos; variance (R² on the training data) and the training loss is stuck at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and validation do equally poorly and no gradient problem was measured, so the model (%1 hidden layers, at most %2 units wide) is too simple for this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and validation do equally poorly and no gradient problem was measured, so a model without hidden layers, which can only fit a straight line or plane, is too simple for this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss %1 does not fit the output %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a softmax of one unit, which outputs 1 whatever the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in softmax, whose outputs add up to 1, but the loss %2 treats each output on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss %1 reads the outputs of %2 as probabilities that add up to 1, but %3 outputs do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy reads the output of %1 as a probability between 0 and 1, but a %2 output can leave that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output cannot change, so the loss cannot fall: the trainer accepts this set-up, but nothing can be learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It trains, but the gradient of %1 through a softmax is small exactly when the net is wrong, so it learns much slower than cross-entropy would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-entropy only rewards the true class&apos;s output, so with sigmoid outputs the net can push every output to 1 and make the loss 0 without telling the classes apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs at or below 0 are clipped before the logarithm, so their gradients are meaningless and training stalls or jumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the learning rate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 optimizer at learning rate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise the inputs (z-score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use He initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Xavier initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 in the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add BatchNorm after the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip gradients to a global norm of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dropout of %1 after the hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add L2 regularisation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop early when the validation loss has not improved for %1 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 with a %2 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widen the hidden layers to %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hidden layer of %1 %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the gradient norm of %1 is %2, above %3 (step %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the gradient norm of %1 is %2, below %3 (step %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %2 of the units of %1 are dead, more than %3 (step %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %2 of the units of %1 are saturated, more than %3 (step %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the validation loss rose %1 epochs in a row, from %2 to %3 (epoch %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the doctor found %1 (step %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <source>in the forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the weight update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate, clip gradients, pick an initialiser that keeps activations small (Xavier for tanh/sigmoid, He for ReLU), or normalise the inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate or clip gradients (global norm 1 is a good start); a deep net of sigmoid/tanh layers may also need another initialiser or BatchNorm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerText</name>
    <message>
        <source>Every unit takes a weighted sum of all its inputs plus a bias, then applies its activation: y = f(Wx + b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While training, zeroes a random fraction of its inputs (and scales the rest up) so the network cannot lean on any single unit; at test time it passes everything through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescales each feature to mean 0 and variance 1 over the mini-batch, then shifts and scales it with learned γ and β: steadier, faster training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides small learned filters over the image; each filter lights up wherever its local pattern (an edge, a texture) appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the largest value of each window, shrinking width and height: the pattern was there, wherever exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages each window, shrinking width and height: a smoother way to shrink a feature map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages each whole feature map to one number: one value per channel, whatever the image size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrolls an image or feature map into one long vector so that Dense layers can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 unit · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drops %1% while training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filters %2×%2, stride %3, %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%1 window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to one vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bend at all: the layer stays a linear map (use it for regression outputs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes any number into (0, 1): a probability; saturates, so gradients vanish at both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes into (-1, 1), centred on 0: a classic hidden-layer choice that saturates at both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes positive values and zeroes negative ones: cheap and fast to train, but a unit can die (always 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ReLU but lets a small slope through for negative inputs, so units never die completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ReLU for positive inputs, a smooth curve down to -1 for negative ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth ReLU that weighs each input by how likely it is to be positive (used in transformers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth version of ReLU: ln(1 + e^x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x times sigmoid(x) (swish): smooth, slightly negative for small negative inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns a vector of scores into probabilities that sum to 1: the output of a multi-class classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse categorical cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression: the average squared error, so big mistakes count a lot. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression: the average absolute error, calmer about outliers. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression: squared for small errors, absolute for large ones. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two classes: punishes confident wrong probabilities from one sigmoid output. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several classes, one-hot targets: -log of the probability the softmax gave the right class. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several classes, targets as class numbers: -log of the probability of the right class. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent (full batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD (mini-batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step per epoch down the gradient of the whole training set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step down the gradient of each mini-batch: noisy but cheap. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps rolling in the direction of past gradients, like a heavy ball: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum that looks one step ahead before correcting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller steps for parameters that have already moved a lot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divides each step by a running size of recent gradients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum plus per-parameter step sizes; a robust default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam with weight decay applied directly to the weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelInput</name>
    <message>
        <source>Features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of %1×%2 pixels × %3 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>28×28 grey images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputRule</name>
    <message>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression, %1 targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer: %1, set by the loss (%2) and the data (%3). Change the loss or the data to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab</name>
    <message>
        <source>Save picture (PNG)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this view as a PNG image, as it is drawn now, for slides or a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers behind this view as a CSV file for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this view as a picture (PNG) or its numbers as a table (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::ActivationPlot</name>
    <message>
        <source>The activation f(x) (solid blue) and its slope f&apos;(x) (dashed orange). Where f&apos; is near 0 the unit has saturated and passes almost no gradient back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&apos;(x), the slope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::ActivationView</name>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated: %1 (sure answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the output layer&apos;s values within 0.02 of 0 or 1: there it means sure answers, which is what training aims for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of %1&apos;s outputs within 0.02 of the activation&apos;s limits, where its slope is almost zero and the gradient through it vanishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of %1&apos;s ReLU units that output 0 for every sample of the batch: they pass no gradient and stop learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1&apos;s outputs are spread over one batch of samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activations yet: they appear after the first training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 · std %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 not finite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::Autosaver</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::BreakpointsDialog</name>
    <message>
        <source>Breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints last for this session only: they are not saved with the project or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training by itself when a condition below is met. The run stops at the step that met it, the views show that step, and the status bar says why. Step (one mini-batch) goes on from there.
Inf or NaN values always pause training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layer&apos;s gradient norm goes above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploding gradients: ||dL/dW|| of any layer grows past this limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layer&apos;s gradient norm goes below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing gradients: ||dL/dW|| of any layer falls under this limit, so it barely learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layer&apos;s dead units pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead units output 0 for every sample (a ReLU stuck below zero) and stop learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layer&apos;s saturated units pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated units sit on the flat ends of sigmoid or tanh, where the gradient is almost 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation loss has risen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs in a row</source>
        <extracomment>the unit after a number of epochs, as in &quot;risen for 3 epochs in a row&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overfitting shows first as a validation loss that goes up while the training loss goes down. Needs validation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause when the doctor finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses the first time a finding of a ticked kind appears in the Doctor panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn All Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::ConfusionMatrixView</name>
    <message>
        <source>Confusion matrix (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confusion matrix appears after the first epoch, for classification with validation data: how often each true class is predicted as each class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After epoch %1: %2 validation images, %3% right. Rows: the true class; columns: what the network said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::DataPanel</name>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST (28×28 images, 10 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>70,000 small grey photos of clothes in 10 classes: the classic first image task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own table: one sample per row, the label in one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data the network learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples to generate (before the validation share is held out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random jitter added to every sample (inputs span about -1 to 1): more noise, more overlap between the classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many classes the data set has; the output layer follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1 to the network as an input: a feature that already bends can save layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input features the network sees, computed from the raw x1 and x2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all 60,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on fewer images to go faster in class (the validation set shrinks with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file: one sample per row, one column per feature and one for the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column that holds what to predict: its name or its number (1 = first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of samples held out from training to check the network on data it has never seen: the validation loss tells you about overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-max to [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-score (mean 0, std 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale every input feature, with statistics of the training split only, so that no feature dominates just by its units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of every random choice (data, split, initial weights, batch order): the same seed replays the same run exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a new random seed: new data, new initial weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What preparing the data did: loading, cleaning, splitting, normalising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of clothes: T-shirt, trouser, pullover, dress, coat, sandal, shirt, sneaker, bag, ankle boot. Validation uses the official test images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own table of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::DecisionMapView</name>
    <message>
        <source>Decision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training points: the samples the network learns from, drawn as filled dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation points: samples the network never trains on, drawn as rings: they show whether it generalises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet: the map appears when one is built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision map needs data with two inputs (x1, x2) and a network built for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation point (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training point (%1, %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (probability %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (output %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (%1, %2) the network answers %3.
The colour shows the network&apos;s answer at every point; where it changes is the decision boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point takes its most likely class&apos;s colour, paler where the network is unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::DistributionView</name>
    <message>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose distribution is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights are what the layer has learned; gradients are how each step wants to change them; activations are what the layer outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log scale both ways from 0: linear near 0, then one step per power of ten on either side, so that values of very different sizes (gradients that vanish or explode) all show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will see how each layer&apos;s weights, gradients and activations are spread over training, step by step, once the network has trained a few steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights of %1 are spread over training: the darkest band holds the middle 38% of them, the lightest all, the line is the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the gradients of %1 are spread over training: the darkest band holds the middle 38% of them, the lightest all, the line is the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the outputs of %1 are spread over training: the darkest band holds the middle 38% of them, the lightest all, the line is the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no weights. Pick a layer with weights, or Activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing measured for %1 yet: its distribution appears after the first training steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, log scale (linear within ±%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, linear scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at step %2
Median: %3
Middle 38%: %4 to %5
Middle 68%: %6 to %7
Middle 87%: %8 to %9
All: %10 to %11</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::DivergenceBanner</name>
    <message>
        <source>Divide the learning rate by 10: smaller steps cannot overshoot as far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip gradients at norm 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale every gradient down to length 1 when it is longer, so one step cannot throw the weights far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from fresh random weights: needed once the weights are Inf/NaN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged at step %1 (epoch %2) and paused itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values became Inf/NaN %1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values became Inf/NaN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to try:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower learning rate to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::DoctorFeeder</name>
    <message>
        <source>&amp;Breakpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training by itself when gradients vanish or explode, units die or saturate, the validation loss rises, or the doctor finds something. Kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints last for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pauses by itself on the conditions set in Training &gt; Breakpoints… (for this session only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training paused on a breakpoint (Training &gt; Breakpoints…). Play or Step goes on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1 (Edit &gt; Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Step %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::DoctorView</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the doctor found, most serious first. Select one to see the evidence, the likely cause and what to try; its layers light up on the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see what was measured, why it happens and what to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each button changes the project as one edit: Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding at step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings at step %2, most serious first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train for a moment: the doctor needs a few dozen steps to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing looks wrong so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes this change to the project as one edit: Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::Document</name>
    <message>
        <source>Add %1 layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set initialiser of all layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the output layer to the data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::FeatureMapView</name>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which validation image to look at (or click one in the Samples view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps appear here when the data are images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps appear once the model is built for these images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 looks for: its %2 learned %3×%3 filters (blue +, orange −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 looks for: its %2 learned %3×%3 filters, averaged over %4 input channels (blue +, orange −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s output: %2 feature maps of %3×%4 (white = where it is most active; black = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no Conv2D layer: add one to see what it finds in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each small picture is one channel: where in the image its filter found its pattern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::GradientView</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>||dL/dW||</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norm per layer (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of each layer&apos;s gradient: too small and the layer stops learning (vanishing), too large and its updates overshoot (exploding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanishing: below 1e-6, the layer barely learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploding: above 1e3, updates overshoot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>||ΔW|| / ||W||</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update size relative to the weights (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much one step changes a layer&apos;s weights, relative to their size: about 1e-3 is healthy, far below learns slowly, far above is unstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy: about 1e-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each colour is one layer, the same in both charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradients yet: they appear after the first training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the gradient is not a number (NaN or Inf), training has diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gradient norm %2 is above 1e3, exploding gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gradient norm %2 is below 1e-6, vanishing gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer&apos;s gradient is between 1e-6 and 1e3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exploding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vanishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers out of range: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::LayerInspector</name>
    <message>
        <source>Units (neurons) in this layer: each learns one weighted sum of the inputs. More units can bend the decision boundary more, and overfit more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The non-linearity applied to each unit&apos;s weighted sum; without one, stacked layers collapse into a single linear map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weights are drawn before training: the right scale keeps signals from vanishing or exploding through the layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initialiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fraction of inputs set to zero at each training step (0.5 drops half).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How slowly the running mean and variance used at test time follow the batches (0.99: an average over about 100 batches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different patterns this layer learns to detect: one output channel per filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of each filter&apos;s window, in pixels (3 means 3×3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pixels the filter moves between two positions: 2 halves the output size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stride</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No padding: the output shrinks by the kernel size minus one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero padding around the border: the output keeps the input&apos;s size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the image border is padded with zeros so that the output keeps the input&apos;s width and height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pooling window, in pixels: 2 turns each 2×2 block into one value, halving width and height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a layer on the model to see and change its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::LayerPalette</name>
    <message>
        <source>Drag onto the model, between two layers (or double-click).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::LayerPaletteList</name>
    <message>
        <source>Layers you can add: drag one onto the model, between two layers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::LossChartView</name>
    <message>
        <source>Learning curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training (epoch mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss measures how wrong the network&apos;s answers are: when the validation loss rises while the training loss keeps falling, the network is overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log scale gives every factor of ten the same height, so the slow late improvement of the loss stays visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is one mini-batch and one weight update; an epoch is one pass over all the training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In both charts: blue for the training data, orange for the validation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (mini-batches seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training yet: press Play to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: training %1, validation %2 after epoch %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: training %1 after epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: %1 on the last mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: the share of samples put in the right class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE: the typical size of the prediction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: training %1, validation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE: training %1, validation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy is the percentage of samples whose predicted class is the true one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE, the root of the mean squared error, is the typical distance between prediction and target, in the target&apos;s units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears when the first epoch ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::MainWindow</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of layers you can add to the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the network learns: loss, optimizer, learning rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected layer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each layer&apos;s output shape and parameter count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss while training: it should go down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network answers at every point of the input plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every neuron and weight; with two inputs, what each neuron computes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly each layer is learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights of each layer as histograms and as a heatmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a layer&apos;s weights, gradients or activations are spread, step by step over training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each layer outputs: saturated or dead units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation images with the network&apos;s answers; mistakes in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which classes the network mixes up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each convolution finds in one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What looks wrong in training, why, and what to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close LayerLab (asks about unsaved changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the model, the data or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected layer from the model (or press Delete on the model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step One Mini-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One forward pass, one backward pass, one update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step One &amp;Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train until every training sample has been seen once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh random weights from the seed; counters back to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger type and controls everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller type and controls: more fits on a small screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and controls at their normal size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a projector: larger type, thicker lines, and only the model, the learning curves and the current view. F5 again brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LayerLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LayerLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LayerLab: build a neural network by drag and drop, train it live, and see everything it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size (now %1%)</source>
        <extracomment>%1 is a percentage such as 125</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: press F5 to bring every panel back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradients out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data being trained on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient clipping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::ModelCanvas</name>
    <message>
        <source>Your network, from the input (top) to the output (bottom). Drag layers here from the palette; drag a card to move it; Delete removes the selected layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Exploding: its steps overshoot and training may diverge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Large: watch for steps that overshoot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Healthy: it learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Small: it learns slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of its weights: %1. Vanished: almost nothing reaches it, it barely learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient flowing back (badges and links, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vanishing &lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exploding &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop layers here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the output layer: its width and activation follow the loss and the number of classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network reads: one sample&apos;s input features. Choose them in the Data panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While training, each badge shows the gradient reaching the layer&apos;s weights, and each link is as thick as the gradient passing back up through it (log scale): thin blue-grey links mean the gradient vanishes before it reaches the layers above; red means it explodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer stays: its width and activation follow the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::ModelSummaryView</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of one batch leaving the layer; None stands for the batch size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers the layer learns: weights and biases (and BatchNorm&apos;s running statistics, which are not trained).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model summary, as Keras prints it: what each layer outputs and how many numbers it learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the data to know the input shape…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total parameters: %1   (trainable %2, non-trainable %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::NetworkDiagramView</name>
    <message>
        <source>then Dropout %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then BatchNorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then Flatten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network yet: build one from layers, then train it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram draws networks of Dense layers on flat inputs; this one starts with images and convolutions, so see its layers in the model editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <comment>the input column&apos;s title, where there is little room</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram draws networks of Dense layers; this one has %1 layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: weights, thicker = larger. Boxes: each neuron&apos;s output over the input plane. Small squares: biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: weights, thicker = larger. Small squares: biases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neuron %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight from %1 to %2: %3
A weight multiplies the signal along its line: blue (positive) passes it on, orange (negative) turns it around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The picture shows this input&apos;s value over the plane: blue high, orange low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, neuron %2 (%3)
Bias: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The picture shows what this neuron outputs at every point of the input plane: blue high, orange low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::ProjectFiles</name>
    <message>
        <source>Unsaved changes autosaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new project: spiral data and a small network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a LayerLab project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model, the settings and the trained weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LayerLab closed without saving “%1”. Recover the changes autosaved at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — LayerLab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::SampleGalleryView</name>
    <message>
        <source>Validation images and the network&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample images appear here when the data are images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network&apos;s answers appear once a model is built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 wrong (red frames). Click an image to see its feature maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 wrong (red frames); %3 shown, enlarge the panel for all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::TimelineSlider</name>
    <message>
        <source>Replay the run: drag left to see the gradients, weights and activations as they were at an earlier step; training goes on meanwhile. The right end (or End, or Live) follows training live. Arrow keys and PgUp/PgDn move frame by frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live: follow training again (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay · step %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live · step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::TrainingControls</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space): train mini-batch after mini-batch until you pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on one mini-batch: one forward pass, one backward pass, one weight update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train until the current epoch ends: every training sample seen once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again: fresh random weights from the seed, counters back to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast Play trains: slow it down to watch the network change step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs finished: one epoch is one pass over all training samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far training is through the current epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch ends in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in the current epoch, from the training speed and the samples still to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini-batches trained so far: one step is one weight update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of the latest mini-batch: lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training speed: samples pushed forward and backward per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training keeps every core busy, so the charts and views refresh about %1 times less often than usual: drawing them as often would slow training down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished all %1 epochs. Raise Epochs to train on, or Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early: the validation loss stopped improving. Play continues anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged. Fix the cause (see the banner), then Play continues from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged: the weights are Inf/NaN. Press Reset to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space): stop after the current mini-batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::TrainingSettingsPanel</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big a step the weights take down the gradient. Too small: slow. Too big: the loss jumps around or explodes. The arrows walk 0.001, 0.003, 0.01, 0.03…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per mini-batch: the gradient of each step is averaged over this many. Small batches give noisy, frequent steps; large ones smooth, rare steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many passes over the training data before training stops by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 (rate · Σ|w|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 (rate · Σw²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds rate × the sum of |w| to the loss: pushes useless weights to exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds rate × the sum of w² to the loss: keeps all weights small (weight decay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation: a penalty on large weights that fights overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly large weights are penalised: the factor in front of Σ|w| or Σw².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regularisation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularisation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient clipping: when the gradient&apos;s overall length exceeds this, it is scaled down to it, so one bad batch cannot throw the weights far (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(differs per layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How every layer&apos;s weights are drawn before training (Reset draws them again). Each layer can also have its own, in the layer inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialiser (all layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: %1
Update: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layerlab::WeightView</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights are what the layer has learned; gradients are how the last step wants to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight from input %1 to unit %2 of %3: %4
Blue cells are positive weights, orange negative; pale cells are near zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1&apos;s weights are spread: a wide spread can mean large, unstable weights, all near zero can mean a layer that passes little on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1&apos;s gradients are spread: a spike at zero means the layer barely learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Click to see its weight matrix below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weights yet: they appear after the first training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W of %1: %2 units (rows) × %3 inputs (columns), in y = W x + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a histogram above to see that layer&apos;s matrix. Each cell is one weight: row = the unit it feeds, column = the input it reads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build, train and watch neural networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .layerlab file, or an example&apos;s name (spiral, xor, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a file nor an example&apos;s name. Starting with the %2 example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
